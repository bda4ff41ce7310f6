# ruff: noqa: E501
"""Named mutants of methods/mora.py (MoRA, Lu et al. 2025, arXiv 2506.21035)."""

TESTS = ["tests/test_mora.py"]

F = "methods/mora.py"
MUTANTS = [
    {"id": "mora-score-signed", "file": F, "what": "experts ranked by a_i^T x, not |a_i^T x|",
     "old": "        score = s.abs().masked_fill(~self.alive, float(\"-inf\"))", "new": "        score = s.masked_fill(~self.alive, float(\"-inf\"))"},
    {"id": "mora-dead-selectable", "file": F, "what": "pruned experts stay in the top-k competition",
     "old": "        score = s.abs().masked_fill(~self.alive, float(\"-inf\"))", "new": "        score = s.abs()"},
    {"id": "mora-dead-not-masked", "file": F, "what": "a dead expert can be switched on when fewer than k are alive",
     "old": "        hard = hard * self.alive  # a dead expert", "new": "        hard = hard * 1  # a dead expert",
     "equivalent": "dead scores are -inf and k <= alive, so top-k never picks a dead expert; the product is a second guard"},
    {"id": "mora-budget-minus-one", "file": F, "what": "k − 1 experts fire",
     "old": "        k = min(self.budget, int(self.alive.sum()))", "new": "        k = min(self.budget - 1, int(self.alive.sum()))"},
    {"id": "mora-no-straight-through", "file": F, "what": "the gate passes no gradient to the scores",
     "old": "        return hard + (soft - soft.detach())", "new": "        return hard"},
    {"id": "mora-soft-forward", "file": F, "what": "the forward uses the soft gate (all-active is no longer LoRA)",
     "old": "        return hard + (soft - soft.detach())", "new": "        return hard * soft + (soft - soft.detach())"},
    {"id": "mora-no-scaling", "file": F, "what": "the alpha/r scaling is dropped",
     "old": "        return y + self.scaling * (s * m) @ B.t()", "new": "        return y + (s * m) @ B.t()"},
    {"id": "mora-old-not-frozen", "file": F, "what": "earlier experts keep training",
     "old": "            p.requires_grad_(False)\n        w = self.base.weight", "new": "            p.requires_grad_(True)\n        w = self.base.weight"},
    {"id": "mora-b-random-init", "file": F, "what": "new experts start with a random B (not a no-op)",
     "old": "        self.mora_B.append(nn.Parameter(torch.zeros(w.shape[0], self.r, dtype=w.dtype, device=w.device)))", "new": "        self.mora_B.append(nn.Parameter(torch.randn(w.shape[0], self.r, dtype=w.dtype, device=w.device)))"},
    {"id": "mora-prune-keeps-weights", "file": F, "what": "pruned experts are only masked, their weights kept",
     "old": "            self.mora_A[t][j].zero_()\n            self.mora_B[t][:, j].zero_()\n", "new": ""},
    {"id": "mora-prune-above", "file": F, "what": "prunes the experts above the cut",
     "old": "            dead = [i for i, v in zip(new, imp.tolist()) if v < cut]", "new": "            dead = [i for i, v in zip(new, imp.tolist()) if v > cut]"},
    {"id": "mora-prune-all-experts", "file": F, "what": "pruning considers old experts too",
     "old": "            new = list(range(m.n_experts - m.r, m.n_experts))", "new": "            new = list(range(m.n_experts))"},
    {"id": "mora-cut-of-max", "file": F, "what": "the cut is threshold × max, not × mean",
     "old": "            cut = self.prune_threshold * float(imp.mean())", "new": "            cut = self.prune_threshold * float(imp.max())"},
    {"id": "mora-importance-ungated", "file": F, "what": "importance ignores whether the expert fired",
     "old": "                self.record.append((m.detach() * s.detach().abs())", "new": "                self.record.append((s.detach().abs())"},
]
