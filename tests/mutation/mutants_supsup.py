# ruff: noqa: E501
"""Named mutants of SupSup (methods/supsup.py) and the shared supermask code (methods/common/supermask.py)."""

TESTS = ["tests/test_supsup.py"]

SM = "methods/common/supermask.py"
SS = "methods/supsup.py"

MUTANTS = [
    {"id": "supsup-base-trained", "file": SS, "what": "the base weights are trained alongside the scores",
     "old": "optimizer = make_optimizer(list(scores.values()), self.optimizer_cfg)",
     "new": "optimizer = make_optimizer(list(scores.values()) + [b.requires_grad_() for b in self.net.base.values()],"
            " self.optimizer_cfg)"},
    {"id": "supsup-count-floor", "file": SM, "what": "per-layer count floor(density · size) instead of round",
     "old": "self.counts = {k: round(self.density * self.base[k].numel())",
     "new": "self.counts = {k: int(self.density * self.base[k].numel())"},
    {"id": "supsup-topk-signed", "file": SM, "what": "edge-popup ranks the signed scores, not |scores|",
     "old": "return _TopK.apply(scores.abs(), count)", "new": "return _TopK.apply(scores, count)"},
    {"id": "supsup-saved-mask-signed", "file": SM, "what": "the stored mask ranks signed scores (differs from training)",
     "old": "return {k: topk_mask(scores[k].abs(), self.counts[k]) for k in self.masked}",
     "new": "return {k: topk_mask(scores[k], self.counts[k]) for k in self.masked}"},
    {"id": "supsup-ste-blocked", "file": SM, "what": "no straight-through gradient: the scores never learn",
     "old": "        return grad, None", "new": "        return grad * 0, None"},
    {"id": "supsup-bn-latest", "file": SS, "what": "every task evaluated with the latest task's BatchNorm statistics",
     "old": "masks, buffers = self.masks[task_id], self.buffers[task_id]",
     "new": "masks, buffers = self.masks[task_id], self.buffers[max(self.buffers)]"},
    {"id": "supsup-mask-latest", "file": SS, "what": "every task evaluated through the latest mask",
     "old": "masks, buffers = self.masks[task_id], self.buffers[task_id]",
     "new": "masks, buffers = self.masks[max(self.masks)], self.buffers[task_id]"},
    {"id": "supsup-gain-1", "file": SM, "what": "signed constant with gain 1 instead of √2 (ReLU)",
     "old": "std = math.sqrt(2.0) / math.sqrt(fan_in(tuple(weight.shape)))",
     "new": "std = 1.0 / math.sqrt(fan_in(tuple(weight.shape)))"},
    {"id": "supsup-weights-not-constant", "file": SM, "what": "base weights keep the default init (no signed constant)",
     "old": "self.base = {k: signed_constant(params[k].detach()) for k in self.masked}",
     "new": "self.base = {k: params[k].detach().clone() for k in self.masked}"},
    {"id": "supsup-scores-unit-bound", "file": SM, "what": "scores U(−1, 1) instead of Kaiming-uniform",
     "old": "bound = 1.0 / math.sqrt(fan_in(shape))", "new": "bound = 1.0"},
    {"id": "supsup-biases-kept", "file": SM, "what": "the layers' random biases are kept (the code has bias=False)",
     "old": "fixed[name] = torch.ones_like(p) if one else torch.zeros_like(p)",
     "new": "fixed[name] = torch.ones_like(p) if one else p.detach().clone()"},
    {"id": "supsup-bn-affine-zero", "file": SM, "what": "BatchNorm scale 0 instead of non-affine (1, 0)",
     "old": "fixed[name] = torch.ones_like(p) if one else torch.zeros_like(p)",
     "new": "fixed[name] = torch.zeros_like(p)"},
]
