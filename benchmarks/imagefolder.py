"""Images in class folders under a local root (torchvision ``ImageFolder`` layout), e.g. ImageNet-R.

``root/train/<class>/*.jpg`` and ``root/test/<class>/*.jpg`` (split names configurable). Images are decoded
once, resized to ``image_size`` × ``image_size`` and kept as uint8 tensors; the decoded set is cached on disk
(clbench cache) under a key of the root, the file list and the size. Nothing is ever downloaded. For
ImageNet-R, use the fixed 80/20 split of the SEMA/MOS code bases (24,000 train / 6,000 test images).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import torch

from clbench.cache import cached
from clbench.errors import ClbenchError
from clbench.registry import register_source
from clbench.scenario import LabelledData


def _decode(files: list[tuple[str, int]], image_size: int) -> tuple[torch.Tensor, torch.Tensor]:
    from PIL import Image

    x = torch.empty(len(files), 3, image_size, image_size, dtype=torch.uint8)
    for i, (path, _) in enumerate(files):
        with Image.open(path) as im:
            im = im.convert("RGB").resize((image_size, image_size), Image.BILINEAR)
            x[i] = torch.from_numpy(np.asarray(im, dtype=np.uint8).copy()).permute(2, 0, 1)
    return x, torch.tensor([c for _, c in files], dtype=torch.long)


def _list(split_dir: Path, classes: list[str]) -> list[tuple[str, int]]:
    exts = {".jpg", ".jpeg", ".png", ".bmp", ".webp"}
    return [(str(p), k) for k, c in enumerate(classes) for p in sorted((split_dir / c).iterdir())
            if p.suffix.lower() in exts] if split_dir.is_dir() else []


@register_source("imagefolder")
def imagefolder(root: str | None = None, train_dir: str = "train", test_dir: str = "test", image_size: int = 224,
                name: str = "imagefolder") -> LabelledData:
    if not root:
        raise ClbenchError("imagefolder needs a local copy: set benchmark.source_args.root=/path/with/train/and/test.")
    base = Path(root).expanduser()
    tr_dir, te_dir = base / train_dir, base / test_dir
    if not tr_dir.is_dir() or not te_dir.is_dir():
        raise ClbenchError(
            f"{base} must hold {train_dir}/ and {test_dir}/ class folders; fix benchmark.source_args.root."
        )
    classes = sorted(p.name for p in tr_dir.iterdir() if p.is_dir())
    train, test = _list(tr_dir, classes), _list(te_dir, classes)
    if not train or not test:
        raise ClbenchError(f"no images found under {tr_dir} or {te_dir}; put <class>/<image> files there.")
    key = hashlib.sha1(repr((str(base.resolve()), train, test, int(image_size))).encode()).hexdigest()[:16]
    (tx, ty), (vx, vy) = cached(f"imagefolder-{key}", lambda: (_decode(train, image_size), _decode(test, image_size)))
    return LabelledData(name, tx, ty, vx, vy, len(classes), classes)
