# ruff: noqa: E501
"""Named mutants of binary VCL (methods/binary_vcl.py), the shared binary code (methods/common/binary.py) and
the metaplastic baseline (methods/metaplastic_bnn.py)."""

TESTS = ["tests/test_binary_vcl.py", "tests/test_metaplastic.py"]

VCL = "methods/binary_vcl.py"
BIN = "methods/common/binary.py"
META = "methods/metaplastic_bnn.py"

MUTANTS = [
    {"id": "vcl-prior-always-uniform", "file": VCL, "what": "every task's prior is θ = 0, not the previous posterior",
     "old": "self.prior = [f.clone() for f in self.fields] if self.tasks_learnt else",
     "new": "self.prior = [torch.zeros_like(f) for f in self.fields] if self.tasks_learnt else"},
    {"id": "vcl-fields-restart", "file": VCL, "what": "a task's fields start from a fresh draw, not the posterior",
     "old": "self.fields = fit_fields(self.fields, self.prior,",
     "new": "self.fields = fit_fields([f * 0.5 for f in self.fields], self.prior,"},
    {"id": "vcl-no-kl", "file": VCL, "what": "the KL term is dropped (maximum likelihood in field space)",
     "old": "return F.cross_entropy(logits, y) + kl_weight * kl / n_data", "new": "return F.cross_entropy(logits, y)"},
    {"id": "vcl-kl-unscaled", "file": VCL, "what": "KL not divided by the task's sample count",
     "old": "return F.cross_entropy(logits, y) + kl_weight * kl / n_data",
     "new": "return F.cross_entropy(logits, y) + kl_weight * kl"},
    {"id": "vcl-no-noise", "file": VCL, "what": "the mean-field pass drops the Gaussian fluctuation",
     "old": "z = mean + torch.sqrt(var + VAR_FLOOR) * eps", "new": "z = mean + 0 * eps"},
    {"id": "vcl-std-as-var", "file": VCL, "what": "the noise is scaled by the variance instead of its square root",
     "old": "z = mean + torch.sqrt(var + VAR_FLOOR) * eps", "new": "z = mean + (var + VAR_FLOOR) * eps"},
    {"id": "vcl-beta-off-by-one", "file": VCL, "what": "the β schedule lags one epoch",
     "old": "2 * (task * epochs + epoch + 1) / (n_tasks * epochs)", "new": "2 * (task * epochs + epoch) / (n_tasks * epochs)"},
    {"id": "vcl-test-weights-real", "file": VCL, "what": "test networks use the mean weights tanh βθ, not ±1 samples",
     "old": "return [[sample_weights(f, self.beta, g) for f in self.fields] for _ in range(self.test_samples)]",
     "new": "return [[torch.tanh(self.beta * f) for f in self.fields] for _ in range(self.test_samples)]"},
    {"id": "vcl-test-weights-stale", "file": VCL, "what": "test networks are not re-drawn after training",
     "old": "        self.beta, self.tasks_learnt = betas[-1], self.tasks_learnt + 1\n        self.test_weights = self._sample_test_weights()\n",
     "new": "        self.beta, self.tasks_learnt = betas[-1], self.tasks_learnt + 1\n"},
    {"id": "vcl-mean-over-n", "file": BIN, "what": "pre-activation mean scaled by 1/N instead of 1/√N",
     "old": "return a @ mu.T / math.sqrt(n), (a * a) @ var.T / n", "new": "return a @ mu.T / n, (a * a) @ var.T / n"},
    {"id": "vcl-var-linear-in-a", "file": BIN, "what": "pre-activation variance uses a instead of a²",
     "old": "return a @ mu.T / math.sqrt(n), (a * a) @ var.T / n", "new": "return a @ mu.T / math.sqrt(n), a @ var.T / n"},
    {"id": "vcl-kl-missing-prior-term", "file": BIN, "what": "the KL drops its log cosh βθ' normaliser",
     "old": "- log_cosh(beta * theta) + log_cosh(beta * prior)).sum()", "new": "- log_cosh(beta * theta)).sum()"},
    {"id": "vcl-kl-pull-reversed", "file": BIN, "what": "the KL's cross term has θ' − θ",
     "old": "return (beta * (theta - prior) * mu", "new": "return (beta * (prior - theta) * mu"},
    {"id": "vcl-sample-sigmoid", "file": BIN, "what": "P(w=+1) = sigmoid(βθ) instead of (1 + tanh βθ)/2",
     "old": "p_plus = (1 + torch.tanh(beta * theta)) / 2", "new": "p_plus = torch.sigmoid(beta * theta)"},
    {"id": "meta-condition-flipped", "file": BIN, "what": "metaplasticity attenuates updates away from zero",
     "old": "toward_zero = binarize(p) * m > 0", "new": "toward_zero = binarize(p) * m < 0"},
    {"id": "meta-factor-not-squared", "file": BIN, "what": "f_meta = 1 − tanh(m|W|) instead of 1 − tanh²",
     "old": "return 1 - torch.tanh(meta * w.abs()) ** 2", "new": "return 1 - torch.tanh(meta * w.abs())"},
    {"id": "meta-sign-grad-unclipped", "file": BIN, "what": "the sign activation's gradient is not clipped at |x| > 1",
     "old": "return grad * (x.abs() <= 1.0)", "new": "return grad"},
    {"id": "meta-weights-real", "file": BIN, "what": "the forward pass uses the hidden weights, not their signs",
     "old": "return w + (binarize(w) - w).detach()", "new": "return w"},
    {"id": "meta-bn-live", "file": META, "what": "every task evaluated with the live BatchNorm state",
     "old": "self.model.norms.load_state_dict(self.bn_states.get(t, live))", "new": "self.model.norms.load_state_dict(live)"},
    {"id": "meta-adam-no-bias-correction", "file": BIN, "what": "AdamMeta without Adam's bias correction",
     "old": "step_size = group[\"lr\"] * math.sqrt(1 - beta2 ** state[\"step\"]) / (1 - beta1 ** state[\"step\"])",
     "new": "step_size = group[\"lr\"]"},
]
