"""Shared pieces of the text methods (lcia, lora_seq, lora_ema): a language model with LoRA groups.

* The language model is clbench's tiny character-level LM (:mod:`clbench.nn.tiny_lm`, pretrained on a
  base mixture of tasks outside the stream and cached), or — optional, off by default — a Hugging Face
  causal LM read from a local directory (``lm.path``; nothing is downloaded).
* LoRA adapters come from ``peft`` (``LoraConfig`` with ``target_modules`` naming the tiny LM's
  ``qkv``/``out``/``fc1``/``fc2`` layers). Each *group* is one named peft adapter; single-adapter methods
  use one group for the whole stream.
* ``TextLoRALearner`` owns the loop: per experience it activates a group (hook ``training_group``),
  trains only that group's LoRA tensors with the per-experience optimizer, calls ``after_step`` after every
  optimizer step and ``after_experience`` at the end; ``predict`` routes every prompt to a group (hook
  ``prompt_groups``) and decodes greedily.
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner, make_optimizer
from clbench.nn.tiny_lm import greedy_generate, lm_loss, pretrained_tiny_lm
from clbench.scenario import Experience, ScenarioInfo

TINY_TARGETS = ["qkv", "out", "fc1", "fc2"]


class _HFTokenizer:
    """A Hugging Face tokenizer with the small interface ``tiny_lm`` decoding uses."""

    def __init__(self, tok):
        self.tok = tok
        self.eos_id = tok.eos_token_id
        self.pad_id = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id

    def encode(self, text: str) -> list[int]:
        return self.tok.encode(text, add_special_tokens=False)

    def decode(self, ids) -> str:
        return self.tok.decode(list(ids), skip_special_tokens=True)


def load_lm(cfg: dict) -> tuple[nn.Module, object, int, list[str], bool]:
    """(model, tokenizer, max_len, default LoRA targets, is_hf) from the ``lm`` option."""
    cfg = dict(cfg or {})
    path = cfg.pop("path", None)
    if path:
        if not Path(path).expanduser().is_dir():
            raise ClbenchError(
                f"lm.path {path} is not a directory; give a local Hugging Face causal LM directory or remove lm.path."
            )
        from transformers import AutoModelForCausalLM, AutoTokenizer

        model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True)
        tok = _HFTokenizer(AutoTokenizer.from_pretrained(path, local_files_only=True))
        max_len = int(getattr(model.config, "max_position_embeddings", 512) or 512)
        return model, tok, max_len, list(cfg.get("target_modules") or []), True
    cfg.pop("name", None)
    try:
        model, tok = pretrained_tiny_lm(**cfg)
    except TypeError as e:
        raise ClbenchError(f"method.lm has an unknown option ({e}); fix method.lm.") from None
    return model, tok, model.max_len, TINY_TARGETS, False


def ema_step(ema: torch.Tensor, live: torch.Tensor, alpha: float) -> None:
    """θ* ← (1 − α) θ* + α θ, in place."""
    ema.mul_(1.0 - alpha).add_(live.detach(), alpha=alpha)


class TextLoRALearner(Learner):
    """Base of the LoRA text methods: a frozen LM, named LoRA groups, an SGD loop, greedy decoding."""

    capabilities = Capabilities(protocols=("instruction_stream",), output="text",
                                notes="LoRA adapters (peft) on a frozen causal LM")

    def __init__(self, info: ScenarioInfo, lm: dict | None = None, lora: dict | None = None, epochs: int = 4,
                 batch_size: int = 16, optimizer: dict | None = None, max_new_tokens: int = 16,
                 device: str = "cpu"):
        super().__init__(info, device)
        if info.output != "text":
            raise ClbenchError(f"{type(self).__name__} needs a text scenario; pick an instruction-stream benchmark.")
        if int(epochs) < 1 or int(batch_size) < 1:
            raise ClbenchError(f"epochs and batch_size must be >= 1, got {epochs} and {batch_size}; raise them.")
        self.epochs, self.batch_size, self.max_new_tokens = int(epochs), int(batch_size), int(max_new_tokens)
        self.optimizer_cfg = dict(optimizer or {"name": "adam", "lr": 5e-3})
        base, self.tok, self.max_len, targets, self.hf = load_lm(lm or {})
        lora = dict(lora or {})
        self.lora_cfg = {"r": int(lora.get("r", 16)), "lora_alpha": float(lora.get("alpha", 16)),
                         "lora_dropout": float(lora.get("dropout", 0.0)),
                         "target_modules": list(lora.get("target_modules") or targets)}
        if not self.lora_cfg["target_modules"]:
            raise ClbenchError("method.lora.target_modules is empty; name the layers LoRA should adapt.")
        for p in base.parameters():
            p.requires_grad_(False)
        from peft import LoraConfig, get_peft_model

        self._lora_config = lambda: LoraConfig(**self.lora_cfg)
        self.model = get_peft_model(base, self._lora_config(), adapter_name="g0").to(self.device)
        self.groups: list[str] = ["g0"]
        self.steps_done = 0

    # -- groups ---------------------------------------------------------------------------------------
    def ensure_group(self, name: str) -> None:
        if name not in self.groups:
            self.model.add_adapter(name, self._lora_config())
            self.groups.append(name)

    def activate(self, name: str) -> None:
        self.model.set_adapter(name)
        for n, p in self.model.named_parameters():  # only the active group's LoRA tensors learn
            p.requires_grad_("lora_" in n and f".{name}." in n)

    def group_params(self, name: str) -> dict[str, nn.Parameter]:
        return {n: p for n, p in self.model.named_parameters() if "lora_" in n and f".{name}." in n}

    # -- hooks ----------------------------------------------------------------------------------------
    def training_group(self, exp: Experience) -> str:
        return "g0"

    def prompt_groups(self, prompts: list[str]) -> list[str]:
        return ["g0"] * len(prompts)

    def before_experience(self, exp: Experience) -> None:
        pass

    def after_step(self, grads: dict[str, torch.Tensor]) -> None:
        """Called after every optimizer step with the step's gradients of the active group's tensors."""

    def after_experience(self, exp: Experience) -> None:
        pass

    # -- the contract ---------------------------------------------------------------------------------
    def _decoder(self):
        """The tiny LM's cached greedy decoder (with the active LoRA group in its layers); None for a
        Hugging Face model, which decodes by re-running the forward."""
        return None if self.hf else self.model.get_base_model().greedy_decode

    def _forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.model(input_ids=ids).logits if self.hf else self.model(ids)

    def train_experience(self, exp: Experience) -> None:
        self.group = self.training_group(exp)
        self.ensure_group(self.group)
        self.activate(self.group)
        self.before_experience(exp)
        params = self.group_params(self.group)
        optimizer = make_optimizer(list(params.values()), self.optimizer_cfg)
        g = torch.Generator().manual_seed(self.info.seed * 100_003 + exp.index * 1_009 + exp.chunk)
        n = exp.n_train
        self.model.train()
        for _ in range(self.epochs):
            order = torch.randperm(n, generator=g).tolist()
            for s in range(0, n, self.batch_size):
                idx = order[s : s + self.batch_size]
                loss = lm_loss(self._forward, self.tok, [exp.train_x[i] for i in idx],
                               [exp.train_y[i] for i in idx], self.max_len, self.device)
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                optimizer.step()
                self.steps_done += 1
                self.after_step({k: p.grad.detach().clone() for k, p in params.items() if p.grad is not None})
        self.model.eval()
        self.after_experience(exp)

    @torch.inference_mode()
    def predict(self, x: list[str], task_ids: torch.Tensor | None = None) -> list[str]:
        self.model.eval()
        prompts = list(x)
        groups = self.prompt_groups(prompts)
        out: list[str] = [""] * len(prompts)
        for name in dict.fromkeys(groups):
            idx = [i for i, g in enumerate(groups) if g == name]
            self.activate(name)
            texts = greedy_generate(self._forward, self.tok, [prompts[i] for i in idx], self.max_new_tokens,
                                    self.max_len, self.device, decoder=self._decoder())
            for i, t in zip(idx, texts):
                out[i] = t
        return out

    def cost(self) -> dict:
        lora = sum(p.numel() for n, p in self.model.named_parameters() if "lora_" in n)
        total = sum(p.numel() for p in self.model.parameters())
        return {"params": int(total), "extra_params": int(lora), "memory_bytes": 0}

    def state_dict(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_lora_config", None)  # a lambda does not pickle; rebuilt on load
        return state

    def load_state_dict(self, state: dict) -> None:
        from peft import LoraConfig

        self.__dict__.update(state)
        self._lora_config = lambda: LoraConfig(**self.lora_cfg)
