"""ExSSNeT: exclusive supermask subnetwork training, with KKT (Yadav & Bansal, "Exclusive Supermask Subnetwork
Training for Continual Learning", Findings of ACL 2023, arXiv 2210.10209; official code prateeky2806/exessnet).

SupSup's recipe (:mod:`methods.common.supermask`: signed-constant base weights, a top-k supermask per task learnt
through edge-popup scores) plus two steps per task t:

1. **KKT** (KNN-based knowledge transfer, on by default, ``kkt: false`` turns it off): before training the new
   mask, take a fraction of the task's training data, compute its penultimate features under each earlier
   task's mask, fit a k-nearest-neighbour classifier (Euclidean distance, majority vote) on the first 66 % and
   score it on the rest. The earlier task with the highest KNN accuracy, if above chance (1 / classes of the
   task; the code's ``knn_best``), gives the new task's initial scores (a copy of its scores); otherwise, and
   always with KKT off, the scores start from the paper's default init, Kaiming-uniform (a = √5).
2. **Mask, then exclusive weights**: the scores are trained for ``epochs`` with the weights fixed; then, the
   mask fixed, the weights are trained for ``weight_epochs`` — only the entries of the new mask that no earlier
   task's mask contains (the code's ``weight_mask_type=exclusive``: M_t ∧ ¬(M_1 ∨ … ∨ M_{t−1})). A weight an
   earlier mask uses is never updated again, so an earlier task's outputs are bit-identical forever, and the
   sets of weights different tasks update are disjoint.

Choices the paper leaves open, and what this file picks:

* density 0.1 in every layer (the code's vision default ``sparsity: 0.1``, ``er_sparsity: normal``);
* KKT: ``kkt_fraction`` 0.2 of the training data (the code takes the first ⌈0.2 · batches⌉ shuffled batches),
  split 66/34 in a seeded random order; ``kkt_k`` 200 neighbours (the code's ``num_topk`` default), capped at
  the size of the KNN's training split; a vote tie goes to the smallest label (``torch.mode``, as the code);
  an accuracy tie to the earliest task (``argmax``, as the code). Features are the head's input (post-ReLU
  penultimate layer) in evaluation mode with that task's BatchNorm statistics; the code's LeNet returns the
  second layer's pre-ReLU output.
* mask phase: Adam lr 0.01 (the code's vision config ``lr: 0.01``); weight phase: Adam lr 0.001 (the README's
  ``--train-weight-lr=0.001``); no weight decay in either (the code's ``wd`` is 0 unless a base type is set);
  no ReduceLROnPlateau/cosine schedules and no best-validation checkpoint (1 epoch each on MNIST, CPU budget).
* a weight entering its first mask keeps its signed-constant value as the starting point of training (as in
  the code); weights outside the editable set are restored after every step (no optimiser state can move them;
  the code asserts the same with zeroed gradients).
* biases zero and BatchNorm non-affine with per-task running statistics (as SupSup's code); the head is one
  masked layer over all classes, each task's logits restricted to its classes.
* a task not trained yet is scored through its default initial mask over the current weights.
"""

from __future__ import annotations

import math

import torch
from torch.nn import functional as F

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner, make_optimizer, mask_to_classes, positive_int, tensor_bytes
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import experience_generator
from methods.common.loop import minibatch_loop
from methods.common.supermask import SupermaskNet, predict_per_task

KNN_TRAIN_SHARE = 0.66  # the code's split of the KKT samples: first 66 % fit the KNN, the rest score it


# --------------------------------------------------------------------------------------------------- KKT
def knn_neighbours(train: torch.Tensor, query: torch.Tensor, k: int) -> torch.Tensor:
    """Indices [Nq, k] of the k training points nearest (Euclidean) to each query, nearest first."""
    dist = torch.cdist(query.double(), train.double())
    return dist.topk(min(k, len(train)), dim=1, largest=False).indices


def knn_predict(train: torch.Tensor, labels: torch.Tensor, query: torch.Tensor, k: int) -> torch.Tensor:
    """Majority label among the k nearest neighbours (ties: the smallest label, ``torch.mode``)."""
    return torch.mode(labels[knn_neighbours(train, query, k)], dim=1).values


def knn_accuracy(features: torch.Tensor, labels: torch.Tensor, k: int) -> float:
    """Fit on the first 66 % of (features, labels), the KNN's accuracy on the rest."""
    cut = int(len(labels) * KNN_TRAIN_SHARE)
    if cut < 1 or cut >= len(labels):
        return 0.0
    pred = knn_predict(features[:cut], labels[:cut], features[cut:], k)
    return float((pred == labels[cut:]).double().mean())


def choose_source(accuracies: dict[int, float], chance: float) -> int | None:
    """The earlier task with the highest KNN accuracy if it beats chance (first on ties), else None."""
    if not accuracies:
        return None
    best = max(accuracies, key=lambda t: (accuracies[t], -t))
    return best if accuracies[best] > chance else None


# --------------------------------------------------------------------------------------------------- learner
@register_method("exssnet")
class ExSSNeT(Learner):
    """SupSup masks plus exclusive training of each mask's unused weights, and KNN-based mask initialisation."""

    capabilities = Capabilities(
        protocols=("task_incremental", "domain_incremental"), needs_task_ids_at_test=True,
        notes="supermask per task, trains only weights no earlier mask uses; KKT mask init; zero forgetting",
    )

    def __init__(self, info: ScenarioInfo, backbone: str | dict | None = None, density: float = 0.1,
                 epochs: int = 1, weight_epochs: int = 1, batch_size: int = 64, optimizer: dict | None = None,
                 weight_optimizer: dict | None = None, kkt: bool = True, kkt_k: int = 200,
                 kkt_fraction: float = 0.2, device: str = "cpu"):
        super().__init__(info, device)
        self.epochs = positive_int("epochs", epochs)
        if isinstance(weight_epochs, bool) or not isinstance(weight_epochs, int) or weight_epochs < 0:
            raise ClbenchError(f"weight_epochs must be an integer >= 0, got {weight_epochs!r}; set "
                               "method.weight_epochs (0 trains masks only, as SupSup).")
        self.weight_epochs = weight_epochs
        self.batch_size = positive_int("batch_size", batch_size)
        self.kkt_k = positive_int("kkt_k", kkt_k)
        if not 0 < float(kkt_fraction) <= 1:
            raise ClbenchError(f"kkt_fraction must be in (0, 1], got {kkt_fraction}; set method.kkt_fraction "
                               "(the code uses 0.2).")
        self.kkt, self.kkt_fraction = bool(kkt), float(kkt_fraction)
        self.optimizer_cfg = dict(optimizer or {"name": "adam", "lr": 0.01})
        self.weight_optimizer_cfg = dict(weight_optimizer or {"name": "adam", "lr": 0.001})
        self.net = SupermaskNet(backbone or {"name": "mlp", "hidden": [300, 100]}, info.input_shape,
                                info.n_classes, density, info.seed, self.device)
        self.weights = {k: v.clone() for k, v in self.net.base.items()}  # trained in place, exclusively
        self.used = {k: torch.zeros_like(v, dtype=torch.bool) for k, v in self.weights.items()}
        self.scores: dict[int, dict[str, torch.Tensor]] = {}
        self.masks: dict[int, dict[str, torch.Tensor]] = {}
        self.buffers: dict[int, dict[str, torch.Tensor]] = {}
        self.editable: dict[int, dict[str, torch.Tensor]] = {}  # the weights task t was allowed to update
        self.kkt_log: dict[int, dict] = {}

    def _generator(self, task_id: int, salt: int) -> torch.Generator:
        return torch.Generator().manual_seed(self.info.seed * 104_729 + task_id * 1_009 + salt)

    def default_scores(self, task_id: int) -> dict[str, torch.Tensor]:
        """The paper's default mask init (Kaiming-uniform scores), what a new task starts from without KKT."""
        return self.net.new_scores(self._generator(task_id, 3))

    # -- KKT ------------------------------------------------------------------------------------------
    @torch.no_grad()
    def kkt_accuracies(self, exp: Experience) -> dict[int, float]:
        """KNN accuracy of each earlier task's features on a held-out part of this task's KKT samples."""
        n = len(exp.train_y)
        take = max(2, math.ceil(self.kkt_fraction * n))
        idx = torch.randperm(n, generator=self._generator(exp.task_id, 5))[:take]
        x, y = exp.train_x[idx].to(self.device), exp.train_y[idx].to(self.device)
        accs = {}
        for i in sorted(self.masks):
            feats = torch.cat([self.net.features(x[s : s + 512], self.weights, self.masks[i], self.buffers[i])
                               for s in range(0, len(x), 512)])
            accs[i] = knn_accuracy(feats, y, self.kkt_k)
        return accs

    def initial_scores(self, exp: Experience) -> dict[str, torch.Tensor]:
        scores = self.default_scores(exp.task_id)
        if self.kkt and self.masks:
            accs = self.kkt_accuracies(exp)
            source = choose_source(accs, 1.0 / len(exp.classes))
            self.kkt_log[exp.task_id] = {"accuracies": {str(t): round(a, 4) for t, a in accs.items()},
                                         "source": source}
            if source is not None:
                scores = {k: v.clone() for k, v in self.scores[source].items()}
        return scores

    # -- training -------------------------------------------------------------------------------------
    def train_experience(self, exp: Experience) -> None:
        t, classes = exp.task_id, list(exp.classes)
        scores = {k: torch.nn.Parameter(v) for k, v in self.initial_scores(exp).items()}
        buffers = self.net.fresh_buffers()
        g = experience_generator(self.info.seed, exp)

        # 1. the mask, weights fixed
        fixed = {k: v.detach() for k, v in self.weights.items()}

        def mask_loss(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
            out = self.net.logits(x, fixed, buffers=buffers, scores=scores, train=True)
            return F.cross_entropy(mask_to_classes(out, classes), y)

        minibatch_loop(exp.train_x, exp.train_y, epochs=self.epochs, batch_size=self.batch_size, generator=g,
                       loss_fn=mask_loss, optimizer=make_optimizer(list(scores.values()), self.optimizer_cfg),
                       owner="exssnet (mask phase)", device=self.device)
        mask = self.net.masks({k: v.detach() for k, v in scores.items()})

        # 2. the weights of the mask that no earlier mask uses, mask fixed
        editable = {k: mask[k] & ~self.used[k] for k in mask}
        if self.weight_epochs:
            live = {k: torch.nn.Parameter(v.clone()) for k, v in self.weights.items()}
            hooks = [live[k].register_hook(lambda grad, e=editable[k]: grad * e) for k in live]

            def weight_loss(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
                out = self.net.logits(x, live, buffers=buffers, masks=mask, train=True)
                return F.cross_entropy(mask_to_classes(out, classes), y)

            @torch.no_grad()
            def restore() -> None:  # nothing outside the editable set may move, whatever the optimiser does
                for k in live:
                    live[k].copy_(torch.where(editable[k], live[k], self.weights[k]))

            try:
                minibatch_loop(exp.train_x, exp.train_y, epochs=self.weight_epochs, batch_size=self.batch_size,
                               generator=g, loss_fn=weight_loss,
                               optimizer=make_optimizer(list(live.values()), self.weight_optimizer_cfg),
                               owner="exssnet (weight phase)", device=self.device, after_step=restore)
            finally:
                for h in hooks:
                    h.remove()
            self.weights = {k: torch.where(editable[k], live[k].detach(), self.weights[k]) for k in live}
        self.used = {k: self.used[k] | mask[k] for k in mask}
        self.scores[t] = {k: v.detach().clone() for k, v in scores.items()}
        self.masks[t], self.editable[t] = mask, editable
        self.buffers[t] = {k: v.detach().clone() for k, v in buffers.items()}

    # -- prediction -----------------------------------------------------------------------------------
    def task_logits(self, x: torch.Tensor, task_id: int) -> torch.Tensor:
        if task_id in self.masks:
            masks, buffers = self.masks[task_id], self.buffers[task_id]
        else:
            masks, buffers = self.net.masks(self.default_scores(task_id)), self.net.fresh_buffers()
        return self.net.logits(x, self.weights, buffers=buffers, masks=masks)

    @torch.no_grad()
    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        return predict_per_task("exssnet", x, task_ids, self.info.n_classes, self.info.classes_per_experience,
                                self.task_logits, self.device)

    # -- reporting ------------------------------------------------------------------------------------
    def cost(self) -> dict:
        mask_bytes = sum(tensor_bytes(*m.values()) for m in self.masks.values())
        buffer_bytes = sum(tensor_bytes(*b.values()) for b in self.buffers.values())
        total = sum(v.numel() for v in self.weights.values())
        return {"params": int(total), "memory_bytes": int(mask_bytes + buffer_bytes),
                "used_fraction": sum(int(u.sum()) for u in self.used.values()) / total}

    def report(self) -> dict:
        return {"trained_weights_by_task": {str(t): int(sum(int(e.sum()) for e in ed.values()))
                                            for t, ed in self.editable.items()},
                "used_fraction": round(self.cost()["used_fraction"], 6), "kkt": self.kkt_log}
