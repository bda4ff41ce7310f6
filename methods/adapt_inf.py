"""Adapt-∞ — lifelong instruction tuning by dynamic data selection (Maharana, Yoon, Chen, Bansal, "Adapt-∞:
Scalable Continual Multimodal Instruction Tuning via Dynamic Data Selection", ICLR 2025; code:
github.com/adymaharana/adapt-inf, ``data_selection/adapt-inf.py``, read for this file; the training and
scoring scripts are not released: its README says "Instructions coming soon").

One LoRA adapter trains, at every experience, on a *selected* subset of a data pool that holds the new
task's samples and what is left of the earlier ones:

1. **Pseudo-skill clusters** from gradient-based sample vectors: every new sample gets a vector (below)
   and the whole pool is clustered with k-means into ``n_clusters`` pseudo-skills (the official code:
   ``MiniBatchKMeans(n_clusters)`` on L2-normalised vectors; here scikit-learn's ``KMeans`` with the
   run's seed, deterministic).
2. **Cluster budgets** (the official ``assign_budget_to_cluster``): the ``sample_budget`` is split equally
   over clusters; a cluster smaller than its share gives all its samples and its unused share is spread
   over the larger ones.
3. **A pool of selector experts, chosen per cluster** (the official ``--mwp`` multi-way pruning): every
   sample has one score per expert (perplexity ``ppl``, EL2N ``el2n`` = mean over target tokens of
   ‖softmax − one-hot‖₂, and the gradient-vector norm ``grand``, a GraNd-like score); in each cluster the
   expert whose scores have the highest histogram entropy (``get_dist_entropy``: standardised scores,
   50 bins over ±4σ) is used.
4. **Coverage-centric selection** (the official ``get_ccs_samples``, CCS): the chosen scores between
   their 5 % and 95 % quantiles are cut into 50 equal bins from the top down; each bin gives an equal
   share of the cluster's budget (a bin with fewer gives all, and the shortfall moves to the next bins),
   sampled uniformly with the run's seed.
5. **Cluster-wise permanent pruning** (the official ``semdedup``): when the pool exceeds ``pool_size``,
   every cluster keeps its budget of ``pool_size`` (the same budget rule), keeping the samples least
   similar to the others: pairwise cosine of the L2-normalised vectors, M_j = max_{i<j} cos(v_i, v_j)
   (upper triangle, so of two duplicates the later one scores 1), the lowest M are kept. The pruned
   samples are gone for good, so the pool never exceeds ``pool_size``.

Choices where the paper or code leaves it open (named):

* Sample vector: the gradient of the sample's loss with respect to the output of the LM's middle block
  (``len(blocks) // 2``), mean-pooled over its tokens. Samples of a batch never interact, so one
  batched backward of the summed loss gives every sample's own gradient. Vectors and scores are
  computed once, when a sample enters the pool, with the adapter of that moment (the official pipeline
  scores each dataset with the model of its time step; re-scoring the whole pool every step would cost
  a training epoch over the pool).
* ``n_clusters`` fixed (official default 10; 4 here for pools of a few hundred samples); ``sample_budget``
  and ``pool_size`` in samples; the selected subset trains for ``epochs`` passes as the other methods.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from clbench.errors import ClbenchError
from clbench.learner import Capabilities
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from methods.common.lm import TextLoRALearner, encode_hf_pairs
from methods.common.tiny_lm import encode_pairs

SCORES = ("ppl", "el2n", "grand")


def assign_budget(sizes: list[int], total: int) -> list[int]:
    """Equal shares of ``total`` over clusters; a cluster smaller than its share gives all of its samples
    and its unused share goes to the larger clusters (smallest first, as the official code)."""
    n = len(sizes)
    budgets = [0] * n
    remaining, left = int(total), n
    for idx in sorted(range(n), key=lambda i: (sizes[i], i)):
        share = math.ceil(remaining / left) if left else 0
        budgets[idx] = min(sizes[idx], share)
        remaining -= budgets[idx]
        left -= 1
    return budgets


def dist_entropy(x: np.ndarray, nbins: int = 50) -> float:
    """Shannon entropy (bits) of the standardised scores' histogram (official ``get_dist_entropy``)."""
    x = np.nan_to_num(np.asarray(x, dtype=np.float64))
    std = x.std()
    if std == 0:
        return 0.0
    z = (x - x.mean()) / std
    edges = np.linspace(-4 * std, 4 * std, nbins)
    counts = np.array([0.0] + [np.sum((z > edges[i - 1]) & (z <= edges[i])) for i in range(1, nbins)])
    if counts.sum() == 0:
        return 0.0
    p = counts / counts.sum()
    p = np.where(p == 0, np.finfo(float).eps, p)
    return float(-(p * np.log2(p)).sum())


def ccs_select(scores: np.ndarray, budget: int, rng: np.random.Generator, bins: int = 50) -> list[int]:
    """Coverage-centric selection: equal shares from ``bins`` score strata between the 5 % and 95 %
    quantiles, top stratum first; a short stratum gives all and passes its shortfall on."""
    n = len(scores)
    if budget >= n:
        return list(range(n))
    srt = np.sort(scores)
    low, high = srt[int(n * 0.05)], srt[min(int(n * 0.95), n - 1)]
    right, remaining = high, budget
    share = math.ceil(budget / bins)
    picked: list[int] = []
    for i in range(bins):
        left = right - (high - low) / bins
        cand = [j for j, s in enumerate(scores) if left < s <= right]
        if len(cand) < share:
            picked += cand
            if i + 1 < bins:
                remaining -= len(cand)
                # the budget may already be spent (earlier strata gave full shares): no negative share
                share = max(0, math.ceil(remaining / (bins - (i + 1))))
        else:
            picked += rng.choice(cand, size=share, replace=False).tolist()
            remaining -= share
        right = left
    return sorted(set(picked))[:budget]


def redundancy(vectors: torch.Tensor) -> torch.Tensor:
    """M_j = max over i < j of cos(v_i, v_j) (0 for the first): SemDeDup's redundancy of each sample."""
    v = F.normalize(vectors.float(), dim=-1)
    sim = torch.triu(v @ v.t(), diagonal=1)
    return sim.max(dim=0).values


def semdedup_keep(vectors: torch.Tensor, keep: int) -> list[int]:
    """The ``keep`` least redundant samples (lowest M), in their original order."""
    if keep >= len(vectors):
        return list(range(len(vectors)))
    order = torch.argsort(redundancy(vectors), stable=True)[:keep]
    return sorted(order.tolist())


def middle_block(model: nn.Module) -> nn.Module:
    """The middle transformer block of a Hugging Face decoder (``model.layers``) or of the tiny LM."""
    for path in ("model.layers", "transformer.h", "blocks"):
        obj = model
        try:
            for part in path.split("."):
                obj = getattr(obj, part)
        except AttributeError:
            continue
        return obj[len(obj) // 2]
    raise ClbenchError("adapt_inf found no transformer blocks in the LM; use the tiny LM or a Hugging Face decoder.")


@register_method("adapt_inf")
class AdaptInf(TextLoRALearner):
    """Dynamic data selection over a bounded pool; see the module docstring for every step and choice."""

    capabilities = Capabilities(protocols=("instruction_stream",), output="text", exemplars=True,
                                notes="one LoRA on a selected subset of a bounded, pruned sample pool")

    def __init__(self, info: ScenarioInfo, n_clusters: int = 4, sample_budget: int = 64, pool_size: int = 192,
                 **kwargs):
        if int(n_clusters) < 1 or int(sample_budget) < 1 or int(pool_size) < 1:
            raise ClbenchError(f"n_clusters, sample_budget and pool_size must be >= 1, got {n_clusters}, "
                               f"{sample_budget}, {pool_size}; raise them.")
        super().__init__(info, **kwargs)
        self.n_clusters, self.sample_budget, self.pool_size = int(n_clusters), int(sample_budget), int(pool_size)
        self.pool_x: list[str] = []
        self.pool_y: list[str] = []
        self.pool_vec = torch.zeros(0, 0)
        self.pool_scores: dict[str, np.ndarray] = {k: np.zeros(0) for k in SCORES}
        self.labels = np.zeros(0, dtype=int)
        self.history: list[dict] = []

    # -- sample vectors and selector-expert scores ----------------------------------------------------
    def sample_features(self, xs: list[str], ys: list[str]) -> tuple[torch.Tensor, dict[str, np.ndarray]]:
        """Per sample: the mean-pooled gradient at the middle block's output, and its three scores."""
        vecs, scores = [], {k: [] for k in SCORES}
        block = middle_block(self.base_model())
        self.model.eval()
        for p in self.model.parameters():  # the gradient is needed at one activation only, not in any weight
            p.requires_grad_(False)
        held: dict[str, torch.Tensor] = {}

        def keep(_m, _i, out):
            h = out[0] if isinstance(out, tuple) else out
            h.retain_grad()
            held["h"] = h

        for s in range(0, len(xs), self.batch_size):
            px, py = xs[s : s + self.batch_size], ys[s : s + self.batch_size]
            handles = [block.register_forward_pre_hook(_inputs_require_grad, with_kwargs=True),
                       block.register_forward_hook(keep)]
            try:
                with torch.enable_grad():
                    ids, labels = (encode_hf_pairs(self.tok, px, py, self.max_len) if self.hf
                                   else encode_pairs(self.tok, px, py, self.max_len))
                    ids, labels = ids.to(self.device), labels.to(self.device)
                    lab = labels != -100
                    if self.hf:  # only the labelled positions go through the vocabulary head
                        logits = self.base_model()(input_ids=ids, logits_to_keep=lab).logits  # [N, V]
                    else:
                        logits = self._forward(ids)[lab]
                    target = labels[lab]
                    row = lab.nonzero()[:, 0]
                    tok_loss = F.cross_entropy(logits, target, reduction="none")
                    n_tok = lab.sum(1).clamp(min=1).to(tok_loss.dtype)
                    per = torch.zeros(len(px), dtype=tok_loss.dtype, device=tok_loss.device).index_add(0, row, tok_loss)
                    per = per / n_tok
                    per.sum().backward()  # rows never interact: each row's gradient is its own sample's
            finally:
                for h in handles:
                    h.remove()
            g = held["h"].grad  # [B, T, d]
            valid = (ids != self.tok.pad_id).to(g.dtype).unsqueeze(-1)
            vec = (g * valid).sum(1) / valid.sum(1).clamp(min=1)
            with torch.no_grad():
                prob = logits.softmax(-1)
                dist = prob.pow(2).sum(-1) - 2 * prob.gather(1, target[:, None]).squeeze(1) + 1  # ‖p − e_y‖²
                el2n = torch.zeros(len(px), dtype=prob.dtype).index_add(0, row.cpu(), dist.clamp(min=0).sqrt().cpu())
                el2n = el2n / n_tok.cpu()
            vecs.append(vec.detach().cpu())
            scores["ppl"] += per.detach().exp().cpu().tolist()
            scores["el2n"] += el2n.tolist()
            scores["grand"] += vec.detach().norm(dim=-1).cpu().tolist()
        return torch.cat(vecs), {k: np.asarray(v) for k, v in scores.items()}

    # -- the pool -------------------------------------------------------------------------------------
    def cluster(self) -> np.ndarray:
        from sklearn.cluster import KMeans

        k = min(self.n_clusters, len(self.pool_x))
        v = F.normalize(self.pool_vec.float(), dim=-1).numpy()
        return KMeans(n_clusters=k, n_init=3, random_state=self.info.seed).fit_predict(v)

    def select(self, exp_index: int) -> list[int]:
        """Indices of the pool to train on: per cluster, its budget by CCS over its highest-entropy score."""
        rng = np.random.default_rng(self.info.seed * 1_000_003 + exp_index)
        k = int(self.labels.max()) + 1
        members = [np.flatnonzero(self.labels == c) for c in range(k)]
        budgets = assign_budget([len(m) for m in members], self.sample_budget)
        chosen, experts = [], []
        for c, idx in enumerate(members):
            if len(idx) == 0 or budgets[c] == 0:
                continue
            best = max(SCORES, key=lambda s: dist_entropy(self.pool_scores[s][idx]))
            experts.append(best)
            chosen += idx[ccs_select(self.pool_scores[best][idx], budgets[c], rng)].tolist()
        self.history.append({"selected": len(chosen), "experts": experts})
        return sorted(chosen)

    def prune_pool(self) -> None:
        """Cluster-wise SemDeDup down to ``pool_size`` samples (permanent)."""
        if len(self.pool_x) <= self.pool_size:
            return
        k = int(self.labels.max()) + 1
        members = [np.flatnonzero(self.labels == c) for c in range(k)]
        budgets = assign_budget([len(m) for m in members], self.pool_size)
        keep: list[int] = []
        for c, idx in enumerate(members):
            if len(idx):
                keep += idx[semdedup_keep(self.pool_vec[idx], budgets[c])].tolist()
        keep = sorted(keep)
        self.pool_x = [self.pool_x[i] for i in keep]
        self.pool_y = [self.pool_y[i] for i in keep]
        self.pool_vec = self.pool_vec[keep]
        self.pool_scores = {s: v[keep] for s, v in self.pool_scores.items()}
        self.labels = self.labels[keep]

    def training_data(self, exp: Experience) -> tuple[list[str], list[str]]:
        xs, ys = list(exp.train_x), list(exp.train_y)
        vec, scores = self.sample_features(xs, ys)
        self.activate(getattr(self, "group", "g0"))  # the feature pass froze every weight; the group learns again
        self.pool_x += xs
        self.pool_y += ys
        self.pool_vec = vec if self.pool_vec.numel() == 0 else torch.cat([self.pool_vec, vec])
        self.pool_scores = {s: np.concatenate([self.pool_scores[s], scores[s]]) for s in SCORES}
        self.labels = self.cluster()
        chosen = self.select(exp.index)
        return [self.pool_x[i] for i in chosen], [self.pool_y[i] for i in chosen]

    def after_experience(self, exp: Experience) -> None:
        self.prune_pool()

    def report(self) -> dict:
        last = self.history[-1] if self.history else {}
        return {**super().report(), "pool": len(self.pool_x), "selected": last.get("selected"),
                "selector_experts": last.get("experts")}


def _inputs_require_grad(_module, args, kwargs):
    """Forward pre-hook: the block's input becomes a leaf that requires grad, so its output carries a
    gradient although every weight is frozen (and the backward stops at the block)."""
    args = tuple(a.detach().requires_grad_(True) if torch.is_tensor(a) and a.is_floating_point() else a for a in args)
    if "hidden_states" in kwargs and torch.is_tensor(kwargs["hidden_states"]):
        kwargs = {**kwargs, "hidden_states": kwargs["hidden_states"].detach().requires_grad_(True)}
    return args, kwargs
