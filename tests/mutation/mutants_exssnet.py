# ruff: noqa: E501
"""Named mutants of ExSSNeT (methods/exssnet.py): exclusivity, KKT, default init."""

TESTS = ["tests/test_exssnet.py"]

EX = "methods/exssnet.py"

MUTANTS = [
    {"id": "exssnet-original-mask", "file": EX, "what": "train every weight of the new mask (the code's 'original')",
     "old": "editable = {k: mask[k] & ~self.used[k] for k in mask}", "new": "editable = {k: mask[k].clone() for k in mask}"},
    {"id": "exssnet-used-not-updated", "file": EX, "what": "a task's mask is not added to the used set",
     "old": "self.used = {k: self.used[k] | mask[k] for k in mask}", "new": "self.used = {k: self.used[k] for k in mask}"},
    {"id": "exssnet-no-weight-phase", "file": EX, "what": "the exclusive weight phase is skipped (SupSup)",
     "old": "        if self.weight_epochs:\n", "new": "        if False:\n"},
    {"id": "exssnet-hook-on-mask", "file": EX, "what": "gradients masked to the whole new mask, not its exclusive part",
     "old": "hooks = [live[k].register_hook(lambda grad, e=editable[k]: grad * e) for k in live]",
     "new": "hooks = [live[k].register_hook(lambda grad, e=mask[k]: grad * e) for k in live]",
     "equivalent": "the restore after every step puts every non-editable entry back before the next forward, and "
                   "only editable entries are kept at the end: the hook is a second guard"},
    {"id": "exssnet-predict-latest-mask", "file": EX, "what": "every task evaluated through the latest mask",
     "old": "masks, buffers = self.masks[task_id], self.buffers[task_id]",
     "new": "masks, buffers = self.masks[max(self.masks)], self.buffers[task_id]"},
    {"id": "exssnet-kkt-worst", "file": EX, "what": "KKT picks the least similar task",
     "old": "best = max(accuracies, key=lambda t: (accuracies[t], -t))",
     "new": "best = min(accuracies, key=lambda t: (accuracies[t], -t))"},
    {"id": "exssnet-kkt-last-on-ties", "file": EX, "what": "KKT ties go to the latest task",
     "old": "best = max(accuracies, key=lambda t: (accuracies[t], -t))",
     "new": "best = max(accuracies, key=lambda t: (accuracies[t], t))"},
    {"id": "exssnet-kkt-chance-enough", "file": EX, "what": "chance-level accuracy is accepted as similar",
     "old": "return best if accuracies[best] > chance else None", "new": "return best if accuracies[best] >= chance else None"},
    {"id": "exssnet-kkt-no-copy", "file": EX, "what": "the chosen task's scores are not copied",
     "old": "scores = {k: v.clone() for k, v in self.scores[source].items()}", "new": "scores = scores"},
    {"id": "exssnet-knn-farthest", "file": EX, "what": "the KNN takes the farthest points",
     "old": "return dist.topk(min(k, len(train)), dim=1, largest=False).indices",
     "new": "return dist.topk(min(k, len(train)), dim=1, largest=True).indices"},
    {"id": "exssnet-knn-fit-on-all", "file": EX, "what": "the KNN is fitted on the scored samples too",
     "old": "pred = knn_predict(features[:cut], labels[:cut], features[cut:], k)",
     "new": "pred = knn_predict(features, labels, features[cut:], k)"},
    {"id": "exssnet-kkt-ignores-off", "file": EX, "what": "KKT runs even when kkt is false",
     "old": "if self.kkt and self.masks:", "new": "if self.masks:"},
    {"id": "exssnet-default-init-gaussian", "file": EX, "what": "without KKT, scores start N(0, 1)",
     "old": "return self.net.new_scores(self._generator(task_id, 3))",
     "new": "return {k: torch.randn_like(v) for k, v in self.net.new_scores(self._generator(task_id, 3)).items()}"},
    {"id": "exssnet-kkt-features-latest-mask", "file": EX, "what": "KKT features all under the latest mask",
     "old": "feats = torch.cat([self.net.features(x[s : s + 512], self.weights, self.masks[i], self.buffers[i])",
     "new": "feats = torch.cat([self.net.features(x[s : s + 512], self.weights, self.masks[max(self.masks)], "
            "self.buffers[i])"},
    {"id": "exssnet-weights-frozen-in-forward", "file": EX, "what": "the weight phase's forward uses the frozen weights",
     "old": "out = self.net.logits(x, live, buffers=buffers, masks=mask, train=True)",
     "new": "out = self.net.logits(x, {k: v + 0 * v.detach() for k, v in fixed.items()} | {}, buffers=buffers, "
            "masks=mask, train=True) + 0 * sum(v.sum() for v in live.values())"},
]
