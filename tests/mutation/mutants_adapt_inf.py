# ruff: noqa: E501
"""Named mutants of methods/adapt_inf.py (Adapt-∞, Maharana et al., ICLR 2025; official data_selection/adapt-inf.py)."""

TESTS = ["tests/test_adapt_inf.py"]

F = "methods/adapt_inf.py"
MUTANTS = [
    {"id": "ai-budget-no-redistribution", "file": F, "what": "a small cluster's unused share is lost",
     "old": "        share = math.ceil(remaining / left) if left else 0", "new": "        share = math.ceil(int(total) / n)"},
    {"id": "ai-budget-largest-first", "file": F, "what": "clusters visited largest first",
     "old": "    for idx in sorted(range(n), key=lambda i: (sizes[i], i)):", "new": "    for idx in sorted(range(n), key=lambda i: (-sizes[i], i)):"},
    {"id": "ai-redundancy-full-matrix", "file": F, "what": "M_j over all i (not i < j): duplicates both score 1",
     "old": "    sim = torch.triu(v @ v.t(), diagonal=1)", "new": "    sim = (v @ v.t()).fill_diagonal_(0)"},
    {"id": "ai-keep-most-redundant", "file": F, "what": "SemDeDup keeps the most redundant samples",
     "old": "    order = torch.argsort(redundancy(vectors), stable=True)[:keep]", "new": "    order = torch.argsort(redundancy(vectors), stable=True, descending=True)[:keep]"},
    {"id": "ai-prune-pool-global", "file": F, "what": "pool pruning ignores clusters (keeps the first pool_size)",
     "old": "        keep = sorted(keep)\n", "new": "        keep = list(range(self.pool_size))\n"},
    {"id": "ai-no-pool-bound", "file": F, "what": "the pool is never pruned",
     "old": "        if len(self.pool_x) <= self.pool_size:\n            return", "new": "        if True:\n            return"},
    {"id": "ai-entropy-min", "file": F, "what": "the selector expert with the lowest entropy is used",
     "old": "            best = max(SCORES, key=lambda s: dist_entropy(self.pool_scores[s][idx]))", "new": "            best = min(SCORES, key=lambda s: dist_entropy(self.pool_scores[s][idx]))"},
    {"id": "ai-entropy-unstandardised", "file": F, "what": "histogram of the raw scores over ±4σ of the standardised ones",
     "old": "    z = (x - x.mean()) / std", "new": "    z = x"},
    {"id": "ai-ccs-top-only", "file": F, "what": "selection takes the highest scores instead of strata",
     "old": "    if budget >= n:\n        return list(range(n))\n    srt", "new": "    if True:\n        return sorted(np.argsort(-scores)[:budget].tolist())\n    srt"},
    {"id": "ai-ccs-no-shortfall", "file": F, "what": "a short stratum's shortfall is not passed on",
     "old": "                share = max(0, math.ceil(remaining / (bins - (i + 1))))", "new": "                share = share"},
    {"id": "ai-ccs-unseeded", "file": F, "what": "sampling within strata ignores the seed",
     "old": "            picked += rng.choice(cand, size=share, replace=False).tolist()", "new": "            picked += np.random.default_rng().choice(cand, size=share, replace=False).tolist()"},
    {"id": "ai-features-loss-mean", "file": F, "what": "one backward of the batch mean: each vector is scaled by 1/B",
     "old": "                    per.sum().backward()", "new": "                    per.mean().backward()"},
    {"id": "ai-features-unpooled-first-token", "file": F, "what": "the vector is the first token's gradient, not the mean",
     "old": "            vec = (g * valid).sum(1) / valid.sum(1).clamp(min=1)", "new": "            vec = g[:, 0]"},
    {"id": "ai-grand-is-ppl", "file": F, "what": "the GraNd score copies the perplexity",
     "old": "            scores[\"grand\"] += vec.detach().norm(dim=-1).cpu().tolist()", "new": "            scores[\"grand\"] += per.detach().exp().cpu().tolist()"},
    {"id": "ai-train-on-whole-pool", "file": F, "what": "the experience trains on the whole pool, not the selection",
     "old": "        return [self.pool_x[i] for i in chosen], [self.pool_y[i] for i in chosen]", "new": "        return list(self.pool_x), list(self.pool_y)"},
    {"id": "ai-selection-seed-fixed", "file": F, "what": "selection RNG ignores the run's seed",
     "old": "        rng = np.random.default_rng(self.info.seed * 1_000_003 + exp_index)", "new": "        rng = np.random.default_rng(exp_index)"},
]
