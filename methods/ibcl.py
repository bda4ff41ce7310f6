"""IBCL — Imprecise Bayesian Continual Learning (Lu et al., "IBCL: Zero-shot Model Generation under
Stability-Plasticity Trade-offs"; code: ibcl-anon/ibcl).

As in the paper:

* Fixed features (ImageNet MobileNetV2 from ``clbench.nn.pretrained``, memoised on disk by
  ``clbench.nn.features``) feed a Bayesian head with a mean-field Gaussian posterior over its weights.
* Per task, m = 3 variational posteriors are learnt (Bayes-by-backprop, reparameterised weight samples,
  loss = NLL + KL/N), one per chain j; the first task's priors are N(0, σ_j²) with σ = (2.0, 2.5, 3.0), and
  afterwards each chain's prior is its own previous posterior. These are the extreme points of the task's
  credal set (the finitely generated credal set, FGCS).
* Buffer reuse: a new posterior within distance ``d`` (default 0.01) of a stored one is not stored; the
  task's extreme refers to the stored posterior instead.
* A preference p over the tasks seen gives weights w over the stored extremes (task i's share p_i split
  equally among its extremes), the model's per-parameter μ = Σ w μ and σ = Σ w σ; models are drawn from the
  highest-density region at level α of N(μ, σ²) and their class probabilities averaged. No training per
  preference.

Choices the paper leaves open, named here:

* VI starts each posterior's means at the chain's prior means (the first task: a N(0, 0.01²) draw near the
  prior mean 0) and its σ at ``init_sigma`` (0.1); the official code starts every task at μ = 0, σ = 1.
  The loss per minibatch is the mean NLL + KL(q ‖ prior)/N with N the task's training-set size
  (:func:`vi_loss`), i.e. the negative ELBO per sample.
* When a new posterior is replaced by a stored one (buffer reuse), the stored one is also the chain's next
  prior (official ``fgcs_update.py``).
* The head is linear by default (``hidden`` adds one ReLU layer); task-incremental binary tasks share one
  2-output head (label = position of the class within its task), so one parameter vector serves every task
  and a preference trades them off; ``predict`` maps the two logits back to the task's class ids.
* Distance for reuse: the root-mean-square per-parameter 2-Wasserstein distance between the diagonal
  Gaussians, sqrt(mean((μ₁−μ₂)² + (σ₁−σ₂)²)) (official ``fgcs_update_sublinear.py``: ‖Δμ‖/D + ‖Δσ‖/D).
* The HDR of a diagonal Gaussian at level α is taken as the box μ ± zσ whose mass is 1 − α (per-dimension
  mass (1 − α)^(1/D)); models are drawn from the Gaussian truncated to that box (``n_models`` of them,
  seeded). The official ``zero_shot_model_locate.py`` instead draws each parameter uniformly between its
  quantiles (1 − α)/2 and (1 + α)/2, an interval of mass α per parameter.
* The accuracy matrix (what the board shows) follows the paper's evaluation (Sec. 5; official
  ``generate_preferences.py``, ``zero_shot_model_locate.py``, ``visualize_results.py``): after task t ≥ 2,
  ``n_eval_preferences`` (10, the paper's) random preferences p_j ~ U(0, 1)^t normalised (after the first
  task the single preference [1]) each generate a model, and task k is scored with weights
  w_jk = p_jk / Σ_j p_jk over those models: the *preference-weighted model* (``eval_preference="weighted"``,
  the default, ``conf/method/ibcl.yaml``). Difference from the paper: the paper weights the M models'
  *accuracies* (Σ_j w_jk acc_jk); clbench's evaluator scores one prediction per sample, so the w_jk-weighted
  mixture of the models' predictive probabilities is scored instead. The preferences are redrawn (seeded by
  the scenario seed and the number of tasks learnt) after every task and every model mixes in the later
  tasks' posteriors, so old tasks' accuracy can change: forgetting is measured, not fixed.
  ``"task"`` (``conf/method/ibcl_onehot.yaml``) scores task k with the one-hot preference on task k:
  **forgetting 0 by construction** (that model is task k's own extremes, which never change, and its HDR
  draws are a function of the preference alone). ``"uniform"`` (``conf/method/ibcl_uniform.yaml``) scores
  every task with the one uniform preference. Future tasks always get the uniform preference.
* Preference-conditioned results (``report()``) are measured on a validation split held out from each
  experience's TRAINING data (``val_fraction``, at most ``val_max`` samples); the learner never sees test
  data. The grid, built after every experience: each one-hot preference, the uniform one, and
  ``n_random_preferences`` Dirichlet(1) draws, without repeats (after the first task the one-hot and the
  uniform preference are the same vector, so that grid has one row and no random draws).
* Evaluation models are memoised: ``predict`` generates one model (μ, σ and its ``n_models`` HDR draws,
  from a generator seeded by the scenario seed and the preference itself) per distinct preference per
  trained state, and reuses it for every later batch until the next experience is learnt. A task's
  accuracy therefore does not depend on how the evaluator batches or mixes its test samples.

Counts in ``report()`` and ``cost()`` (cumulative over the stream; every one is a function of the number
of tasks T and the options, never of the data, the seed or the evaluation batching):

* ``posteriors_trained``: VI fits, 3 per task (the only training); ``posteriors_stored`` /
  ``posteriors_reused``: how many of them entered the buffer or were replaced by a stored one.
* ``preferences_served``: distinct preferences of the grids, each answered by a model generated with zero
  training: 1 after the first task, then t + 1 + ``n_random_preferences`` after task t ≥ 2 (5 tasks with
  the defaults: 1 + 6 + 7 + 8 + 9 = 31).
* ``evaluation_models``: models generated for the accuracy matrix (distinct preferences asked by
  ``predict`` per trained state). With the runner's evaluation after every task of a T-task stream:
  ``eval_preference="task"`` asks the t one-hot preferences of the tasks learnt plus the uniform one for
  the tasks not yet learnt (t < T), except after the first task, where both are [1]: 1 + Σ_{t≥2} (t +
  [t < T]) = T(T+1)/2 + T − 2 for T ≥ 2 (18 for T = 5); ``"uniform"`` asks one per trained state (T);
  ``"weighted"`` asks the single [1] after the first task, then ``n_eval_preferences`` M plus the uniform
  one for unlearnt tasks: 1 + Σ_{t≥2} (M + [t < T]) = 1 + (T − 1)M + T − 2 (44 for T = 5, M = 10).

Differences from the paper: MobileNetV2 features and the binary split MNIST / Animal-MNIST streams instead
of the paper's ResNet features on CIFAR-10/CelebA/CIFAR-100/TinyImageNet; VI is plain torch, not pyro.
"""

from __future__ import annotations

import hashlib
import math

import torch
from torch import nn
from torch.nn import functional as F

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner
from clbench.nn.features import frozen_features
from clbench.nn.pretrained import PretrainedMobileNetV2
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import Batch, experience_generator, train_loop

Gaussian = tuple[torch.Tensor, torch.Tensor]  # (μ, σ) over the flat parameter vector


# ------------------------------------------------------------------------------------------- pure pieces
def preference_weights(preference: torch.Tensor, extremes_per_task: list[int]) -> torch.Tensor:
    """Weights over all extremes: task i's share p_i (p normalised to the simplex) split equally among its m_i."""
    p = torch.as_tensor(preference, dtype=torch.float64)
    if p.dim() != 1 or len(p) != len(extremes_per_task) or (p < 0).any() or p.sum() <= 0:
        raise ClbenchError(
            f"preference {p.tolist()} must be {len(extremes_per_task)} non-negative numbers with a positive sum; "
            "give one weight per task seen."
        )
    p = p / p.sum()
    return torch.cat([p[i].repeat(m) / m for i, m in enumerate(extremes_per_task)])


def combine(weights: torch.Tensor, extremes: list[Gaussian]) -> Gaussian:
    """Per-parameter μ = Σ w μ_j and σ = Σ w σ_j (a convex combination in parameter space)."""
    w = weights.to(torch.float32)
    mu = sum(wj * m for wj, (m, _) in zip(w, extremes))
    sigma = sum(wj * s for wj, (_, s) in zip(w, extremes))
    return mu, sigma


def hdr_halfwidth(alpha: float, dim: int) -> float:
    """z such that the box μ ± zσ of a D-dim diagonal Gaussian holds mass 1 − α."""
    if not 0.0 < alpha < 1.0:
        raise ClbenchError(f"hdr alpha must be in (0, 1), got {alpha}; set method.hdr_alpha.")
    per_dim = (1.0 - alpha) ** (1.0 / dim)
    return float(torch.special.ndtri(torch.tensor((1.0 + per_dim) / 2.0, dtype=torch.float64)))


def sample_hdr(mu: torch.Tensor, sigma: torch.Tensor, alpha: float, n: int, generator: torch.Generator
               ) -> torch.Tensor:
    """``n`` draws of N(μ, σ²) truncated to its level-α HDR box (inverse-CDF sampling, exact)."""
    z = hdr_halfwidth(alpha, mu.numel())
    lo, hi = 0.5 * math.erfc(z / math.sqrt(2)), 1.0 - 0.5 * math.erfc(z / math.sqrt(2))
    u = lo + (hi - lo) * torch.rand((n, mu.numel()), generator=generator, dtype=torch.float64)
    return (mu + sigma * torch.special.ndtri(u).to(mu.dtype)).to(mu.dtype)


def w2_distance(a: Gaussian, b: Gaussian) -> float:
    return float(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2).mean().sqrt())


# ---------------------------------------------------------------------------------------------- the head
class HeadShape:
    """A flat parameter vector ↔ a linear (or one-hidden-layer) head's tensors."""

    def __init__(self, d_in: int, hidden: int, d_out: int = 2):
        dims = [d_in, hidden, d_out] if hidden else [d_in, d_out]
        self.layers = list(zip(dims[:-1], dims[1:]))
        self.size = sum(i * o + o for i, o in self.layers)

    def logits(self, theta: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
        """Logits for a batch of parameter vectors ``theta`` [S, P] on inputs ``x`` [N, D] → [S, N, 2]."""
        h, s = x.unsqueeze(0).expand(theta.shape[0], -1, -1), 0
        for k, (i, o) in enumerate(self.layers):
            w = theta[:, s : s + i * o].view(-1, i, o)
            b = theta[:, s + i * o : s + i * o + o].unsqueeze(1)
            s += i * o + o
            h = torch.baddbmm(b, h, w)
            if k < len(self.layers) - 1:
                h = F.relu(h)
        return h


def vi_loss(shape: HeadShape, mu: torch.Tensor, sigma: torch.Tensor, eps: torch.Tensor, x: torch.Tensor,
            y: torch.Tensor, prior: Gaussian, n: int) -> torch.Tensor:
    """Negative ELBO per sample: mean NLL of the reparameterised draw θ = μ + σ·ε on (x, y) + KL(q ‖ prior)/n.

    KL between diagonal Gaussians: Σ log(σ_p/σ) + (σ² + (μ − μ_p)²)/(2σ_p²) − 1/2; ``n`` is the task's
    training-set size (Bayes-by-backprop's minibatch weighting of the KL, the whole-data ELBO divided by n).
    """
    p_mu, p_sigma = prior
    theta = mu + sigma * eps
    nll = F.cross_entropy(shape.logits(theta.unsqueeze(0), x)[0], y)
    kl = (torch.log(p_sigma / sigma) + (sigma**2 + (mu - p_mu) ** 2) / (2 * p_sigma**2) - 0.5).sum()
    return nll + kl / n


def fit_posterior(shape: HeadShape, x: torch.Tensor, y: torch.Tensor, prior: Gaussian, steps: int,
                  batch_size: int, lr: float, generator: torch.Generator, init: Gaussian | None = None,
                  init_sigma: float = 0.1) -> Gaussian:
    """Mean-field Gaussian VI (Bayes-by-backprop): minimise E_q[NLL] + KL(q ‖ prior)/N for ``steps`` minibatches.

    A fixed number of steps (passes over shuffled data, cut at ``steps``) makes the cost independent of the
    task size; means start at the prior's means (the previous posterior of the chain).
    """
    start_mu = init[0] if init is not None else torch.randn(shape.size, generator=generator) * 0.01
    mu = nn.Parameter(start_mu.clone())
    # σ starts at init_sigma, not at the prior's σ (2–3 would drown the likelihood) nor near 0 (σ would
    # stay there, and a chained prior that narrow pins the next task's means: no plasticity)
    rho = nn.Parameter(torch.full((shape.size,), math.log(math.expm1(init_sigma))))
    opt = torch.optim.Adam([mu, rho], lr=lr)
    n = len(y)

    def loss(b: Batch) -> torch.Tensor:  # one reparameterisation draw per step, after the pass's shuffle
        eps = torch.randn(shape.size, generator=generator)
        return vi_loss(shape, mu, F.softplus(rho), eps, b.x, b.y, prior, n)

    train_loop((x, y), loss, opt, batch_size=batch_size, generator=generator, steps=steps, owner="ibcl",
               hint="lower method.lr or check the inputs.")
    return mu.detach().clone(), F.softplus(rho).detach().clone()


# ----------------------------------------------------------------------------------------------- learner
@register_method("ibcl")
class IBCL(Learner):
    capabilities = Capabilities(protocols=("task_incremental",), needs_task_ids_at_test=True,
                                backbones=("mobilenet_v2",), notes="Bayesian head on frozen MobileNetV2 features")

    def __init__(self, info: ScenarioInfo, prior_sigmas: list[float] | tuple[float, ...] = (2.0, 2.5, 3.0),
                 reuse_distance: float | None = 0.01, hidden: int = 0, steps: int = 200, batch_size: int = 64,
                 lr: float = 0.01, hdr_alpha: float = 0.05, n_models: int = 8, eval_preference: str = "weighted",
                 val_fraction: float = 0.1, val_max: int = 300, n_random_preferences: int = 3,
                 n_eval_preferences: int = 10,
                 image_size: int = 32, weights: str = "imagenet", init_sigma: float = 0.1, device: str = "cpu"):
        super().__init__(info, device)
        if any(len(c) != 2 for c in info.classes_per_experience):
            raise ClbenchError("ibcl needs binary tasks (2 classes per experience); set protocol_args.n_experiences "
                               "to half the number of classes.")
        if eval_preference not in ("weighted", "uniform", "task"):
            raise ClbenchError(
                f"eval_preference must be 'weighted', 'uniform' or 'task', got '{eval_preference}'; "
                "fix method.eval_preference."
            )
        if int(n_eval_preferences) < 1:
            raise ClbenchError(f"n_eval_preferences must be >= 1, got {n_eval_preferences}; "
                               "fix method.n_eval_preferences (paper: 10).")
        if not 0.0 <= float(val_fraction) < 1.0:
            raise ClbenchError(f"val_fraction must be in [0, 1), got {val_fraction}; fix method.val_fraction.")
        hdr_halfwidth(hdr_alpha, 1)  # validates α now, not after training
        self.prior_sigmas = [float(s) for s in prior_sigmas]
        self.reuse_distance = None if reuse_distance is None else float(reuse_distance)
        self.hidden, self.steps, self.batch_size, self.lr = int(hidden), int(steps), int(batch_size), float(lr)
        self.hdr_alpha, self.n_models, self.eval_preference = float(hdr_alpha), int(n_models), eval_preference
        self.init_sigma, self.n_eval_preferences = float(init_sigma), int(n_eval_preferences)
        self.val_fraction, self.val_max, self.n_random = float(val_fraction), int(val_max), int(n_random_preferences)
        self.backbone = PretrainedMobileNetV2(info.input_shape or (1, 28, 28), weights, image_size).eval()
        self.backbone_key = f"mobilenet_v2|{weights}|{image_size}"
        self.shape: HeadShape | None = None
        self.stored: list[Gaussian] = []          # the FGCS buffer of distinct posteriors
        self.task_extremes: list[list[int]] = []  # per task: indices into ``stored``
        self.chain_last: list[Gaussian] = []      # each chain's latest posterior (its next prior)
        self.val: list[tuple[torch.Tensor, torch.Tensor]] = []
        self.trained = self.reused = self.served = self.eval_built = 0
        self.grid_results: list[dict] = []
        # preference → HDR draws of its model, for the current trained state (cleared by train_experience)
        self.eval_models: dict[tuple[float, ...], torch.Tensor] = {}
        self._eval_prefs: torch.Tensor | None = None  # the weighted evaluation's preferences, this state

    def features(self, x: torch.Tensor) -> torch.Tensor:
        return frozen_features(self.backbone, x, self.backbone_key, device=self.device, disk=True)

    # -- training -------------------------------------------------------------------------------------
    def train_experience(self, exp: Experience) -> None:
        self.eval_models, self._eval_prefs = {}, None  # the extremes are about to change: models are stale
        feats = self.features(exp.train_x)
        y = (exp.train_y == exp.classes[1]).long()  # position of the class within its task
        g = experience_generator(self.info.seed, exp)
        perm = torch.randperm(len(y), generator=g)
        n_val = min(self.val_max, int(self.val_fraction * len(y)))
        self.val.append((feats[perm[:n_val]], y[perm[:n_val]]))
        tr = perm[n_val:]
        if self.shape is None:
            self.shape = HeadShape(feats.shape[1], self.hidden)
            self.chain_last = [(torch.zeros(self.shape.size), torch.full((self.shape.size,), s))
                               for s in self.prior_sigmas]
        extremes = []
        for j, prior in enumerate(self.chain_last):
            post = fit_posterior(self.shape, feats[tr], y[tr], prior, self.steps, self.batch_size, self.lr, g,
                                 init=prior if exp.index > 0 else None, init_sigma=self.init_sigma)
            self.trained += 1
            self.chain_last[j] = post
            near = [k for k, s in enumerate(self.stored)
                    if self.reuse_distance is not None and w2_distance(post, s) <= self.reuse_distance]
            if near:
                self.reused += 1
                extremes.append(near[0])
                self.chain_last[j] = self.stored[near[0]]  # the stored stand-in is the next prior (official)
            else:
                self.stored.append(post)
                extremes.append(len(self.stored) - 1)
        self.task_extremes.append(extremes)
        self.grid_results.append(self.preference_grid(g))

    # -- zero-shot model generation -----------------------------------------------------------------------
    def model_for(self, preference: torch.Tensor) -> Gaussian:
        """The zero-training model of ``preference``; callers count what they generate (see the module)."""
        w = preference_weights(preference, [len(e) for e in self.task_extremes])
        return combine(w, [self.stored[k] for e in self.task_extremes for k in e])

    def probs(self, model: Gaussian, feats: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
        return self.predictive(sample_hdr(model[0], model[1], self.hdr_alpha, self.n_models, generator), feats)

    def predictive(self, thetas: torch.Tensor, feats: torch.Tensor) -> torch.Tensor:
        """Class probabilities averaged over a model's HDR draws ``thetas``."""
        return self.shape.logits(thetas, feats).softmax(-1).mean(0)

    def preference_grid(self, g: torch.Generator) -> dict:
        t = len(self.task_extremes)
        prefs = [torch.eye(t)[i] for i in range(t)] + [torch.ones(t) / t]
        # normalised Exp(1) draws are Dirichlet(1) draws, from the seeded generator
        prefs += [-torch.log(torch.rand(t, generator=g)) for _ in range(self.n_random if t > 1 else 0)]
        rows, seen = [], set()
        for p in prefs:
            p = p / p.sum()
            key = tuple(round(float(v), 6) for v in p)
            if key in seen:  # after one task the one-hot and the uniform preference coincide: serve it once
                continue
            seen.add(key)
            model = self.model_for(p)
            self.served += 1
            acc = [float((self.probs(model, vx, g).argmax(-1) == vy).float().mean()) if len(vy) else None
                   for vx, vy in self.val]
            rows.append({"preference": [round(float(v), 4) for v in p], "val_accuracy": acc})
        return {"grid": rows}

    @torch.inference_mode()
    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        if self.shape is None:  # nothing learnt yet: every class scores alike
            return torch.zeros(len(x), self.info.n_classes)
        if task_ids is None:
            raise ClbenchError("ibcl predicts per task and got no task ids; use a task-incremental benchmark.")
        out = torch.full((len(x), self.info.n_classes), float("-inf"))
        feats = self.features(x)
        t = len(self.task_extremes)
        pairs = torch.tensor([self.info.classes_per_experience[int(k)] for k in task_ids.tolist()])
        for k in task_ids.unique().tolist():
            rows = (task_ids == k).nonzero().flatten()
            if self.eval_preference == "weighted" and k < t:
                prefs = self.evaluation_preferences()
                w = prefs[:, int(k)] / prefs[:, int(k)].sum()  # w_jk = p_jk / Σ_j p_jk (the paper's weights)
                probs = sum(wj * self.predictive(self.evaluation_model(p), feats[rows]) for wj, p in zip(w, prefs))
            else:
                pref = torch.eye(t)[int(k)] if self.eval_preference == "task" and k < t else torch.ones(t) / t
                probs = self.predictive(self.evaluation_model(pref), feats[rows])
            out[rows.unsqueeze(1), pairs[rows]] = probs.clamp_min(1e-12).log()
        return out

    def evaluation_preferences(self) -> torch.Tensor:
        """The weighted evaluation's preferences [M, t] for this trained state (the paper's draws).

        After the first task the single preference [1]; afterwards ``n_eval_preferences`` draws of U(0, 1)^t,
        each normalised to sum 1 (official ``generate_preferences.py``), from a generator seeded by the
        scenario seed and the number of tasks learnt.
        """
        if self._eval_prefs is None:
            t = len(self.task_extremes)
            if t == 1:
                self._eval_prefs = torch.ones(1, 1)
            else:
                g = torch.Generator().manual_seed(self.info.seed * 104_729 + t)
                p = torch.rand(self.n_eval_preferences, t, generator=g)
                self._eval_prefs = p / p.sum(1, keepdim=True)
        return self._eval_prefs

    def evaluation_model(self, preference: torch.Tensor) -> torch.Tensor:
        """HDR draws of ``preference``'s model, generated once per trained state.

        Each model's draws come from a generator seeded by (seed, preference) alone: the same preference gets
        the same draws in every trained state, so a model whose extremes did not change predicts the same
        (the one-hot evaluation's forgetting is exactly 0).
        """
        key = tuple(round(float(v), 6) for v in preference)
        if key not in self.eval_models:
            # trailing zeros dropped: a preference with no weight on the later tasks is the same model before
            # and after they are learnt ([0, 1] and [0, 1, 0]), so it gets the same draws
            canonical = key[: max([i + 1 for i, v in enumerate(key) if v != 0.0], default=len(key))]
            digest = hashlib.sha256(repr(canonical).encode()).digest()
            g = torch.Generator().manual_seed(self.info.seed * 7919 + int.from_bytes(digest[:6], "big"))
            mu, sigma = self.model_for(preference)
            self.eval_models[key] = sample_hdr(mu, sigma, self.hdr_alpha, self.n_models, g)
            self.eval_built += 1
        return self.eval_models[key]

    def report(self) -> dict:
        return {"posteriors_trained": self.trained, "posteriors_reused": self.reused,
                "posteriors_stored": len(self.stored), "preferences_served": self.served,
                "evaluation_models": self.eval_built, **(self.grid_results[-1] if self.grid_results else {})}

    def cost(self) -> dict:
        from clbench.learner import tensor_bytes

        stored = tensor_bytes(*[t for g in self.stored for t in g])
        return {"params": int(self.shape.size if self.shape else 0), "memory_bytes": stored,
                "models_trained": self.trained, "preferences_served": self.served,
                "evaluation_models": self.eval_built}
