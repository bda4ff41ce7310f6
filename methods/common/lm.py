"""Shared pieces of the text methods (lcia, lora_seq, lora_ema): a language model with LoRA groups.

* The language model is clbench's tiny character-level LM (:mod:`methods.common.tiny_lm`, pretrained on a
  base mixture of tasks outside the stream and cached), or — optional, off by default — a Hugging Face
  causal LM read from a local directory (``lm.path``; nothing is downloaded).
* LoRA adapters come from ``peft`` (``LoraConfig`` with ``target_modules`` naming the tiny LM's
  ``qkv``/``out``/``fc1``/``fc2`` layers). Each *group* is one named peft adapter; single-adapter methods
  use one group for the whole stream.
* ``TextLoRALearner`` owns the loop: per experience it activates a group (hook ``training_group``),
  trains only that group's LoRA tensors with the per-experience optimizer, calls ``after_lora_step`` after every
  optimizer step and ``after_experience`` at the end; ``predict`` routes every prompt to a group (hook
  ``prompt_groups``) and decodes greedily.
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F

from clbench.compute_passes import CachedModuleCalls
from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner, make_optimizer
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import experience_generator, train_loop
from methods.common.tiny_lm import greedy_generate, lm_loss, pretrained_tiny_lm

TINY_TARGETS = ["qkv", "out", "fc1", "fc2"]


class _HFTokenizer:
    """A Hugging Face tokenizer with the small interface ``tiny_lm`` decoding uses.

    ``bos_id``: the id put before every prompt when the tokenizer adds one itself (Gemma does; GPT-2 not).
    Prompt and target are encoded separately (the target follows the prompt's final newline), so the BOS is
    added here, never inside ``encode``."""

    def __init__(self, tok):
        self.tok = tok
        self.eos_id = tok.eos_token_id
        self.pad_id = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
        probe = tok.encode("a", add_special_tokens=True)
        self.bos_id = tok.bos_token_id if tok.bos_token_id is not None and probe[:1] == [tok.bos_token_id] else None

    def encode(self, text: str) -> list[int]:
        return self.tok.encode(text, add_special_tokens=False)

    def encode_prompt(self, text: str) -> list[int]:
        return ([self.bos_id] if self.bos_id is not None else []) + self.encode(text)

    def decode(self, ids) -> str:
        return self.tok.decode(list(ids), skip_special_tokens=True)


#: ``lm.name`` values that name a built-in Hugging Face backbone (resolved to a local directory), and the
#: LoRA targets each defaults to (Gemma: the query and value projections, the LoRA paper's choice)
HF_BACKBONES = {"gemma3_270m": ["q_proj", "v_proj"]}


def load_lm(cfg: dict) -> tuple[nn.Module, object, int, list[str], bool]:
    """(model, tokenizer, max_len, default LoRA targets, is_hf) from the ``lm`` option.

    ``lm.path``: any local Hugging Face causal LM directory (nothing is downloaded). ``lm.name:
    gemma3_270m``: Gemma 3 270M from the optional ``clbench[llm]`` extra, converted once and cached
    (:mod:`methods.common.gemma`). Otherwise clbench's tiny LM with the remaining options.
    """
    cfg = dict(cfg or {})
    path = cfg.pop("path", None)
    name = cfg.get("name")
    targets = list(cfg.get("target_modules") or [])
    if not path and name in HF_BACKBONES:
        from methods.common.gemma import gemma_dir

        path = str(gemma_dir())
        targets = targets or HF_BACKBONES[name]
    if path:
        if not Path(path).expanduser().is_dir():
            raise ClbenchError(
                f"lm.path {path} is not a directory; give a local Hugging Face causal LM directory or remove lm.path."
            )
        from transformers import AutoModelForCausalLM, AutoTokenizer

        model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True, dtype=torch.float32)
        tok = _HFTokenizer(AutoTokenizer.from_pretrained(path, local_files_only=True))
        max_len = int(getattr(model.config, "max_position_embeddings", 512) or 512)
        return model, tok, max_len, targets, True
    cfg.pop("name", None)
    cfg.pop("target_modules", None)
    try:
        model, tok = pretrained_tiny_lm(**cfg)
    except TypeError as e:
        raise ClbenchError(f"method.lm has an unknown option ({e}); fix method.lm.") from None
    return model, tok, model.max_len, TINY_TARGETS, False


def encode_hf_pairs(tok: _HFTokenizer, prompts: list[str], targets: list[str], max_len: int
                    ) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-padded ids of [BOS] prompt target EOS and next-token labels (-100 outside target and EOS)."""
    seqs, labs = [], []
    for p, t in zip(prompts, targets):
        pi, ti = tok.encode_prompt(p), tok.encode(t) + [tok.eos_id]
        ids = (pi + ti)[:max_len]
        seqs.append(ids)
        labs.append(([-100] * (len(pi) - 1) + ti)[: len(ids) - 1] + [-100])
    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), tok.pad_id, dtype=torch.long)
    labels = torch.full((len(seqs), width), -100, dtype=torch.long)
    for i, (s, lab) in enumerate(zip(seqs, labs)):
        ids[i, : len(s)], labels[i, : len(lab)] = torch.tensor(s), torch.tensor(lab)
    return ids, labels


def hf_lm_loss(model: nn.Module, tok: _HFTokenizer, prompts: list[str], targets: list[str], max_len: int,
               device: torch.device | str = "cpu") -> torch.Tensor:
    """Mean cross-entropy of target+EOS given the prompt, projecting only the labelled positions to the
    vocabulary (``logits_to_keep`` as a boolean mask): Gemma's 262k-word head would otherwise cost more
    than the whole transformer body on every padded and prompt position, for logits the loss never reads.
    Right padding needs no attention mask: a causal position never sees the padding after it."""
    ids, labels = encode_hf_pairs(tok, prompts, targets, max_len)
    keep = labels != -100
    ids, keep, labels = ids.to(device), keep.to(device), labels.to(device)
    if _takes_logits_to_keep(model):
        logits = model(input_ids=ids, logits_to_keep=keep).logits  # [n labelled, V]
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), labels[keep])
    logits = model(input_ids=ids).logits
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1), ignore_index=-100)


def _takes_logits_to_keep(model: nn.Module) -> bool:
    import inspect

    return "logits_to_keep" in inspect.signature(model.forward).parameters


@torch.no_grad()
def hf_greedy_generate(model: nn.Module, tok: _HFTokenizer, prompts: list[str], max_new: int,
                       device: torch.device | str = "cpu") -> list[str]:
    """Batched greedy decoding with the model's key/value cache (``generate``): prompts left-padded with an
    attention mask, so every row's next token is read at the last column; stops at EOS or ``max_new``."""
    if not prompts:
        return []
    enc = [tok.encode_prompt(p) for p in prompts]
    width = max(len(e) for e in enc)
    ids = torch.full((len(enc), width), tok.pad_id, dtype=torch.long)
    mask = torch.zeros((len(enc), width), dtype=torch.long)
    for i, e in enumerate(enc):
        ids[i, width - len(e):], mask[i, width - len(e):] = torch.tensor(e), 1
    # a measured decoding counts each projection, norm and rotary embedding once per input shape
    with CachedModuleCalls(model):
        out = model.generate(input_ids=ids.to(device), attention_mask=mask.to(device), max_new_tokens=max_new,
                             do_sample=False, num_beams=1, eos_token_id=tok.eos_id, pad_token_id=tok.pad_id,
                             top_p=None, top_k=None, temperature=None)
    texts = []
    for row in out[:, width:].tolist():
        row = row[: row.index(tok.eos_id)] if tok.eos_id in row else row
        texts.append(tok.decode(row))
    return texts


def ema_step(ema: torch.Tensor, live: torch.Tensor, alpha: float) -> None:
    """θ* ← (1 − α) θ* + α θ, in place."""
    ema.mul_(1.0 - alpha).add_(live.detach(), alpha=alpha)


class TextLoRALearner(Learner):
    """Base of the LoRA text methods: a frozen LM, named LoRA groups, an SGD loop, greedy decoding.

    Hooks for subclasses: ``training_group`` (which group an experience trains), ``training_data`` (the
    prompts/targets it trains on: the experience's, or more for replay and joint), ``prompt_groups``
    (which group decodes each test prompt; task ids when the scenario gives them), ``before_experience``,
    ``after_lora_step`` (after every optimizer step, with its gradients) and ``after_experience``.

    ``clip_grad_norm``: clip the step's gradient to this global L2 norm before the optimizer step (and the
    ``after_lora_step`` hook sees the clipped gradient, as LCIA's official trainer does); off by default.

    ``probe``: score the general-ability probe (:data:`clbench.protocols.text.GENERAL_PROBE`, base-model
    skills outside every stream) with the untrained model at construction and after every experience, in
    ``report()`` (TRACE's before/after general-ability measure). Off by default (the tiny LM has none).
    """

    capabilities = Capabilities(protocols=("instruction_stream",), output="text",
                                notes="LoRA adapters (peft) on a frozen causal LM")

    def __init__(self, info: ScenarioInfo, lm: dict | None = None, lora: dict | None = None, epochs: int = 4,
                 batch_size: int = 16, optimizer: dict | None = None, max_new_tokens: int = 16,
                 device: str = "cpu", probe: bool = False, clip_grad_norm: float | None = None):
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
        self.groups: list[str] = ["g0"]
        self.model = self.build_adapters(base).to(self.device)
        self.steps_done = 0
        self.clip_grad_norm = None if clip_grad_norm is None else float(clip_grad_norm)
        self.probe = bool(probe)
        self.probe_before = self.probe_score(base=True) if self.probe else None

    # -- adapters -------------------------------------------------------------------------------------
    def build_adapters(self, base: nn.Module) -> nn.Module:
        """Wrap the frozen LM in its adapters (peft LoRA, group ``g0``); a method with its own adapter
        (MoRA) overrides this with ``base_model``, ``adapters_off``, ``activate`` and ``group_params``."""
        from peft import LoraConfig, get_peft_model

        self._lora_config = lambda: LoraConfig(**self.lora_cfg)
        return get_peft_model(base, self._lora_config(), adapter_name="g0")

    def base_model(self) -> nn.Module:
        """The LM with the adapters in its layers (what the loss and the decoder call)."""
        return self.model.get_base_model()

    def adapters_off(self):
        """A context in which the LM runs without any adapter (the base model)."""
        return self.model.disable_adapter()

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

    def training_data(self, exp: Experience) -> tuple[list[str], list[str]]:
        return list(exp.train_x), list(exp.train_y)

    def prompt_groups(self, prompts: list[str], task_ids: list[int] | None = None) -> list[str]:
        return ["g0"] * len(prompts)

    def before_experience(self, exp: Experience) -> None:
        pass

    def after_lora_step(self, grads: dict[str, torch.Tensor]) -> None:
        """Called after every optimizer step with the step's gradients of the active group's tensors."""

    def after_experience(self, exp: Experience) -> None:
        pass

    # -- the contract ---------------------------------------------------------------------------------
    def _decoder(self):
        """The tiny LM's cached greedy decoder (with the active LoRA group in its layers)."""
        return self.base_model().greedy_decode

    def _forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.base_model()(input_ids=ids).logits if self.hf else self.base_model()(ids)

    def loss(self, prompts: list[str], targets: list[str]) -> torch.Tensor:
        """Mean next-token cross-entropy of the targets (and EOS) given the prompts, active group."""
        if self.hf:
            return hf_lm_loss(self.base_model(), self.tok, prompts, targets, self.max_len, self.device)
        return lm_loss(self._forward, self.tok, prompts, targets, self.max_len, self.device)

    def generate(self, prompts: list[str]) -> list[str]:
        """Greedy decoding of ``prompts`` with the active group, batched, with a key/value cache."""
        if self.hf:
            return hf_greedy_generate(self.base_model(), self.tok, prompts, self.max_new_tokens,
                                      self.device)
        return greedy_generate(self._forward, self.tok, prompts, self.max_new_tokens, self.max_len, self.device,
                               decoder=self._decoder())

    def train_experience(self, exp: Experience) -> None:
        self.group = self.training_group(exp)
        self.forget_predictions(self.group)
        self.ensure_group(self.group)
        self.activate(self.group)
        self.before_experience(exp)
        xs, ys = self.training_data(exp)
        params = self.group_params(self.group)
        optimizer = make_optimizer(list(params.values()), self.optimizer_cfg)
        self.model.train()

        def clip(_batch) -> None:  # as Hugging Face's Trainer (max_grad_norm), before the step
            if self.clip_grad_norm is not None:
                nn.utils.clip_grad_norm_(list(params.values()), self.clip_grad_norm)

        def stepped(_batch, _loss) -> None:
            self.steps_done += 1
            self.after_lora_step({k: p.grad.detach().clone() for k, p in params.items() if p.grad is not None})

        train_loop((xs, ys), lambda b: self.loss(b.x, b.y), optimizer, batch_size=self.batch_size,
                   generator=experience_generator(self.info.seed, exp), epochs=self.epochs, after_backward=clip,
                   after_step=stepped, owner=type(self).__name__, where=f" in experience {exp.index}")
        self.model.eval()
        self.after_experience(exp)

    @torch.inference_mode()
    def predict(self, x: list[str], task_ids: torch.Tensor | None = None) -> list[str]:
        self.model.eval()
        prompts = list(x)
        groups = self.prompt_groups(prompts, None if task_ids is None else [int(t) for t in task_ids])
        out: list[str] = [""] * len(prompts)
        memo = self.__dict__.setdefault("_memo", {})
        for name in dict.fromkeys(groups):
            known = memo.setdefault(name, {})
            idx = [i for i, g in enumerate(groups) if g == name and prompts[i] not in known]
            if idx and name is None:  # no adapter: the base model alone
                with self.adapters_off():
                    texts = self.generate([prompts[i] for i in idx])
            elif idx:
                self.activate(name)
                texts = self.generate([prompts[i] for i in idx])
            for i, t in zip(idx, texts if idx else []):
                known[prompts[i]] = t
            for i, g in enumerate(groups):
                if g == name:
                    out[i] = known[prompts[i]]
        return out

    def forget_predictions(self, group: str | None) -> None:
        """Drop the remembered decodings of ``group``: its weights are about to change. Greedy decoding is
        a function of the prompt and the group's weights, so a group no experience trained since it last
        decoded a prompt (an earlier task's adapter, the base model) answers from memory — with one
        adapter per task most of the accuracy matrix needs no decoding."""
        self.__dict__.setdefault("_memo", {}).pop(group, None)

    @torch.inference_mode()
    def probe_score(self, base: bool = False) -> float:
        """Fraction of the general-ability probe answered right (``probe_correct``), by the base model
        (``base``) or with the adapter of the latest trained group."""
        from clbench.protocols.text import GENERAL_PROBE, probe_correct

        prompts, answers = [p for p, _ in GENERAL_PROBE], [a for _, a in GENERAL_PROBE]
        self.model.eval()
        if base:
            with self.adapters_off():
                outs = self.generate(prompts)
        else:
            self.activate(getattr(self, "group", "g0"))
            outs = self.generate(prompts)
        return sum(probe_correct(o, a) for o, a in zip(outs, answers)) / len(answers)

    def report(self) -> dict:
        if not self.probe:
            return {}
        return {"probe_before": self.probe_before, "probe_after": self.probe_score()}

    def cost(self) -> dict:
        lora = sum(p.numel() for n, p in self.model.named_parameters() if "lora_" in n)
        total = sum(p.numel() for p in self.model.parameters())
        return {"params": int(total), "extra_params": int(lora), "memory_bytes": 0}

    def state_dict(self) -> dict:
        """Everything but the frozen LM: the LoRA tensors of every group and the learner's own state (a
        checkpoint of Gemma would otherwise rewrite its 1 GB of unchanged weights after every task). The
        tokenizer stays out too: it is a function of the ``lm`` option, rebuilt with the learner, and a
        Hugging Face tokenizer is an object graph that checkpoints' restricted loader refuses (issue 21)."""
        state = {k: v for k, v in self.__dict__.items() if k not in ("model", "_lora_config", "_memo", "tok")}
        state["lora_state"] = {n: p.detach().clone() for n, p in self.model.named_parameters()
                               if "lora_" in n or "mora_" in n}
        return state

    def load_state_dict(self, state: dict) -> None:
        state = dict(state)
        lora_state = state.pop("lora_state")
        groups = state.pop("groups")
        self.__dict__.update(state)
        for name in groups:
            self.ensure_group(name)
        with torch.no_grad():
            params = dict(self.model.named_parameters())
            for n, t in lora_state.items():
                params[n].copy_(t)
