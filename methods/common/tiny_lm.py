"""A small character-level causal transformer LM, pretrained by clbench and cached.

The model is pretrained once on a *base mixture* of instruction tasks that are NOT in any clbench
instruction stream (first/last letter, next letter, dropping a letter, doubling letters, subtraction,
successor, title case), in the prompt format of :mod:`clbench.protocols.text`. It learns the format and the
characters; stream tasks are then learnt by adapters (LoRA). The trained weights are stored through
:mod:`clbench.cache` under a key naming every option, so the first run builds them (about a minute on one
core at the default size) and later runs load them.

Layer names ``qkv``, ``out``, ``fc1``, ``fc2`` are the LoRA targets (peft matches module names).
"""

from __future__ import annotations

import hashlib
import json
import random
import string

import torch
from torch import nn
from torch.nn import functional as F

from clbench import compute
from clbench.cache import cached
from clbench.protocols.text import format_prompt

PAD, EOS, UNK = 0, 1, 2
CHARS = "\n " + string.ascii_lowercase + string.ascii_uppercase + string.digits + "+-*/=.,:;?!'()"
#: in every cache key. v2 (issue 14): v1 entries were built at the caller's torch thread count, and the recipe's
#: arithmetic is thread-sensitive (after 20 pretraining steps the weights differ between 1 and 2 threads), so a
#: v1 entry on disk may hold either build; clbench.cache now builds at one thread, and v2 never reuses a v1 entry
VERSION = "tiny-lm-v2"


class CharTokenizer:
    """Characters ↔ ids; 0 pads, 1 ends a sequence, 2 stands for any character outside CHARS."""

    def __init__(self):
        self.stoi = {c: i + 3 for i, c in enumerate(CHARS)}
        self.itos = {i: c for c, i in self.stoi.items()}
        self.vocab_size = len(CHARS) + 3
        self.eos_id, self.pad_id = EOS, PAD

    def encode(self, text: str) -> list[int]:
        return [self.stoi.get(c, UNK) for c in text]

    def decode(self, ids) -> str:
        return "".join(self.itos.get(int(i), "") for i in ids)


class Block(nn.Module):
    def __init__(self, d: int, heads: int):
        super().__init__()
        self.heads = heads
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv, self.out = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.fc1, self.fc2 = nn.Linear(d, 4 * d), nn.Linear(4 * d, d)

    def forward(self, x: torch.Tensor, cache: tuple[torch.Tensor, torch.Tensor] | None = None) -> torch.Tensor:
        """Causal self-attention over ``x``; with ``cache`` (key, value buffers [B, H, S, d/H]), the keys
        and values of ``x``'s positions are also written to the first ``t`` slots of the buffers."""
        b, t, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).view(b, t, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        if cache is not None:
            cache[0][:, :, :t], cache[1][:, :, :t] = k, v
        a = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + self.out(a.transpose(1, 2).reshape(b, t, d))
        return x + self.fc2(F.gelu(self.fc1(self.ln2(x))))

    def step(self, x: torch.Tensor, cache: tuple[torch.Tensor, torch.Tensor], pos: torch.Tensor,
             visible: torch.Tensor) -> torch.Tensor:
        """One new token per row (``x`` [B, 1, d]) at position ``pos[i]``: its key/value go into the cache
        at that slot and its query attends to the slots ``visible`` marks ([B, 1, 1, S], prefix + itself)."""
        b, _, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).view(b, 1, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        rows = torch.arange(b, device=x.device)
        cache[0][rows, :, pos], cache[1][rows, :, pos] = k[:, :, 0], v[:, :, 0]
        a = F.scaled_dot_product_attention(q, cache[0], cache[1], attn_mask=visible)
        x = x + self.out(a.transpose(1, 2).reshape(b, 1, d))
        return x + self.fc2(F.gelu(self.fc1(self.ln2(x))))


class TinyLM(nn.Module):
    """Pre-LayerNorm GPT-style decoder with learned positions and a tied output layer."""

    def __init__(self, vocab_size: int, d_model: int = 128, n_layers: int = 2, n_heads: int = 4,
                 max_len: int = 64):
        super().__init__()
        self.max_len = max_len
        self.tok = nn.Embedding(vocab_size, d_model)
        self.pos = nn.Embedding(max_len, d_model)
        self.blocks = nn.ModuleList(Block(d_model, n_heads) for _ in range(n_layers))
        self.ln_f = nn.LayerNorm(d_model)
        nn.init.normal_(self.tok.weight, std=0.02)
        nn.init.normal_(self.pos.weight, std=0.02)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        x = self.tok(ids) + self.pos(torch.arange(ids.shape[1], device=ids.device))
        for blk in self.blocks:
            x = blk(x)
        return self.ln_f(x) @ self.tok.weight.T

    @torch.no_grad()
    def greedy_decode(self, ids: torch.Tensor, lengths: torch.Tensor, max_new: int, eos_id: int) -> list[list[int]]:
        """Greedy decoding with a key/value cache: the prompt is encoded once, then each new token costs one
        position instead of a pass over the whole sequence. ``ids`` [B, L] are right-padded prompts of
        ``lengths``; row i's k-th new token sits at position lengths[i] + k and sees only its own prefix,
        exactly the attention pattern of :func:`greedy_generate` (the same tokens, tested)."""
        b, width = ids.shape
        span = width + max_new
        dh = self.tok.weight.shape[1] // self.blocks[0].heads if self.blocks else 0
        caches = [(ids.new_zeros((b, blk.heads, span, dh), dtype=self.tok.weight.dtype),
                   ids.new_zeros((b, blk.heads, span, dh), dtype=self.tok.weight.dtype)) for blk in self.blocks]
        x = self.tok(ids) + self.pos(torch.arange(width, device=ids.device))
        for blk, cache in zip(self.blocks, caches):
            x = blk(x, cache)
        rows = torch.arange(b, device=ids.device)
        lengths = lengths.to(ids.device).clone()
        logits = self.ln_f(x[rows, lengths - 1]) @ self.tok.weight.T
        slots = torch.arange(span, device=ids.device)
        out: list[list[int]] = [[] for _ in range(b)]
        done = torch.zeros(b, dtype=torch.bool)
        step_cost: dict = {}  # every step attends over the whole fixed-size cache: one cost per call
        for k in range(max_new):
            nxt = logits.argmax(-1)
            _collect(nxt.cpu(), done, out, eos_id)
            if done.all() or k == max_new - 1:
                break
            with compute.repeated(step_cost, "step"):
                x = (self.tok(nxt) + self.pos(lengths))[:, None]
                visible = (slots[None] <= lengths[:, None])[:, None, None]  # [B, 1, 1, S]
                for blk, cache in zip(self.blocks, caches):
                    x = blk.step(x, cache, lengths, visible)
                logits = self.ln_f(x[:, 0]) @ self.tok.weight.T
            lengths = lengths + 1
        return out


# ------------------------------------------------------------------------------------------- base mixture
def _word(rng: random.Random, lo: int = 2, hi: int = 6) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(lo, hi)))


def _two_digits(rng: random.Random) -> str:
    a = rng.randint(0, 9)
    return f"{a}-{rng.randint(0, a)}"


#: (instruction templates, input sampler, target); none of these is a task of the instruction stream
BASE_TASKS = [
    (["first letter", "initial character"], _word, lambda s: s[0]),
    (["last letter", "final character"], _word, lambda s: s[-1]),
    (["next letter in the alphabet", "letter that follows"], lambda r: r.choice(string.ascii_lowercase[:-1]),
     lambda s: chr(ord(s) + 1)),
    (["drop the first letter", "remove the head"], lambda r: _word(r, 3, 6), lambda s: s[1:]),
    (["double every letter", "stutter each character"], lambda r: _word(r, 1, 4),
     lambda s: "".join(c + c for c in s)),
    (["subtract the digits", "take away"], _two_digits, lambda s: str(int(s[0]) - int(s[2]))),
    (["number after", "successor of"], lambda r: str(r.randint(0, 98)), lambda s: str(int(s) + 1)),
    (["title case", "capitalize the start"], _word, lambda s: s[:1].upper() + s[1:]),
]


def base_mixture_batch(rng: random.Random, n: int) -> tuple[list[str], list[str]]:
    prompts, targets = [], []
    for _ in range(n):
        templates, sample, target = rng.choice(BASE_TASKS)
        x = sample(rng)
        prompts.append(format_prompt(rng.choice(templates), x))
        targets.append(target(x))
    return prompts, targets


# ------------------------------------------------------------------------------------- loss and decoding
def encode_pairs(tok, prompts: list[str], targets: list[str], max_len: int
                 ) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-padded ids of prompt+target+EOS and next-token labels (-100 outside target+EOS)."""
    seqs, labs = [], []
    for p, t in zip(prompts, targets):
        pi, ti = tok.encode(p), tok.encode(t) + [tok.eos_id]
        ids = (pi + ti)[:max_len]
        lab = ([-100] * (len(pi) - 1) + ti)[: len(ids) - 1] + [-100]
        seqs.append(ids)
        labs.append(lab)
    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), tok.pad_id, dtype=torch.long)
    labels = torch.full((len(seqs), width), -100, dtype=torch.long)
    for i, (s, lab) in enumerate(zip(seqs, labs)):
        ids[i, : len(s)] = torch.tensor(s)
        labels[i, : len(lab)] = torch.tensor(lab)
    return ids, labels


def lm_loss(forward, tok, prompts: list[str], targets: list[str], max_len: int,
            device: torch.device | str = "cpu") -> torch.Tensor:
    """Mean cross-entropy of the target tokens (and EOS) given the prompt; ``forward(ids) -> logits``."""
    ids, labels = encode_pairs(tok, prompts, targets, max_len)
    logits = forward(ids.to(device))
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), labels.to(device).reshape(-1), ignore_index=-100)


def _collect(nxt: torch.Tensor, done: torch.Tensor, out: list[list[int]], eos_id: int) -> None:
    """Append each unfinished row's next token to its output; EOS finishes the row instead. Plain Python on
    two lists, not one tensor op per row (which a compute meter measuring the batch would dispatch one by one)."""
    tokens, finished = nxt.tolist(), done.tolist()
    for i, token in enumerate(tokens):
        if finished[i]:
            continue
        if token == eos_id:
            finished[i] = True
        else:
            out[i].append(token)
    done.copy_(torch.tensor(finished, dtype=torch.bool))


@torch.no_grad()
def greedy_generate(forward, tok, prompts: list[str], max_new: int, max_len: int,
                    device: torch.device | str = "cpu", decoder=None) -> list[str]:
    """Greedy decoding of a batch of prompts until EOS or ``max_new`` tokens.

    ``decoder``: optional ``(ids, lengths, max_new, eos_id) -> token lists`` that decodes with a cache
    (:meth:`TinyLM.greedy_decode`); without it every step re-runs ``forward`` over the whole sequence.

    Prompts are right-padded and each row's next token is read at its own length: with causal attention a
    position never sees the padding after it, so no attention mask is needed.
    """
    if not prompts:
        return []
    enc = [tok.encode(p)[-(max_len - max_new):] for p in prompts]
    lengths = torch.tensor([len(e) for e in enc])
    ids = torch.full((len(enc), int(lengths.max()) + max_new), tok.pad_id, dtype=torch.long)
    for i, e in enumerate(enc):
        ids[i, : len(e)] = torch.tensor(e)
    ids = ids.to(device)
    if decoder is not None:  # a model with a key/value cache: same decoding, one position per new token
        return [tok.decode(o) for o in decoder(ids[:, : int(lengths.max())], lengths, max_new, tok.eos_id)]
    done = torch.zeros(len(enc), dtype=torch.bool)
    out: list[list[int]] = [[] for _ in enc]
    rows = torch.arange(len(enc))
    for _ in range(max_new):
        logits = forward(ids[:, : int(lengths.max())])
        nxt = logits[rows.to(device), (lengths - 1).to(device)].argmax(-1).cpu()
        _collect(nxt, done, out, tok.eos_id)
        ids[rows.to(device), lengths.to(device)] = nxt.to(device)
        lengths = lengths + 1
        if done.all():
            break
    return [tok.decode(o) for o in out]


# ---------------------------------------------------------------------------------------- pretraining
def _pretrain(cfg: dict) -> dict:
    torch.manual_seed(cfg["seed"])
    rng = random.Random(cfg["seed"])
    tok = CharTokenizer()
    model = TinyLM(tok.vocab_size, cfg["d_model"], cfg["n_layers"], cfg["n_heads"], cfg["max_len"])
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=0.01)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=cfg["lr"], total_steps=cfg["steps"], pct_start=0.1)
    model.train()
    for _ in range(cfg["steps"]):
        prompts, targets = base_mixture_batch(rng, cfg["batch_size"])
        loss = lm_loss(model, tok, prompts, targets, cfg["max_len"])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
    return {"config": cfg, "state_dict": model.state_dict(), "final_loss": float(loss.detach())}


def pretrained_tiny_lm(d_model: int = 128, n_layers: int = 2, n_heads: int = 4, max_len: int = 64,
                       steps: int = 1500, batch_size: int = 64, lr: float = 3e-3, seed: int = 0
                       ) -> tuple[TinyLM, CharTokenizer]:
    """The tiny LM pretrained on the base mixture with these options (built once, then from the cache)."""
    cfg = {"d_model": d_model, "n_layers": n_layers, "n_heads": n_heads, "max_len": max_len, "steps": steps,
           "batch_size": batch_size, "lr": lr, "seed": seed}
    key = hashlib.sha1(json.dumps({"v": VERSION, **cfg}, sort_keys=True).encode()).hexdigest()[:16]
    tok = CharTokenizer()
    with torch.random.fork_rng():  # building or loading must not change the caller's random stream
        entry = cached(f"{VERSION}-{key}", lambda: _pretrain(cfg))
        model = TinyLM(tok.vocab_size, d_model, n_layers, n_heads, max_len)
    model.load_state_dict(entry["state_dict"])
    return model.eval(), tok
