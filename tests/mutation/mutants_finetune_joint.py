"""Named mutants of the two bounds: finetune is SGDLearner's loop itself (clbench/learner.py and the engine
loop clbench/training.py), joint adds the union of the seen training data (methods/joint.py)."""

TESTS = ["tests/test_finetune_joint.py"]

L, J, TL = "clbench/learner.py", "methods/joint.py", "clbench/training.py"
MUTANTS = [
    {"id": "finetune-label-smoothing", "file": L, "what": "cross-entropy with label smoothing, not plain CE",
     "old": "return nn.functional.cross_entropy(self.forward(x, exp_task_ids(exp, len(x))), y)",
     "new": "return nn.functional.cross_entropy(self.forward(x, exp_task_ids(exp, len(x))), y, label_smoothing=0.1)"},
    {"id": "finetune-no-zero-grad", "file": TL, "what": "gradients accumulate across batches",
     "old": "                    optimizer.zero_grad(set_to_none=True)\n", "new": ""},
    {"id": "finetune-no-shuffle", "file": TL, "what": "batches in stored order, never shuffled",
     "old": "order = torch.randperm(n, generator=generator)", "new": "order = torch.arange(n)"},
    {"id": "finetune-one-epoch", "file": L, "what": "epochs option ignored",
     "old": "generator=self.batch_generator(exp), epochs=epochs,",
     "new": "generator=self.batch_generator(exp), epochs=1,"},
    {"id": "finetune-lr-ignored", "file": L, "what": "the configured learning rate ignored",
     "old": "return builders[name](params, lr=lr, **cfg)", "new": "return builders[name](params, lr=0.01, **cfg)"},
    {"id": "joint-current-only", "file": J, "what": "joint trains on the current experience only",
     "old": "return torch.cat(self.seen_x), torch.cat(self.seen_y)", "new": "return exp.train_x, exp.train_y"},
    {"id": "joint-last-two", "file": J, "what": "joint keeps only the last two experiences",
     "old": "return torch.cat(self.seen_x), torch.cat(self.seen_y)",
     "new": "return torch.cat(self.seen_x[-2:]), torch.cat(self.seen_y[-2:])"},
    {"id": "joint-reinitialised", "file": J, "what": "joint retrains from scratch at every experience",
     "old": "        self.seen_x.append(exp.train_x)\n",
     "new": "        self.model = self.build_model().to(self.device)\n        self.seen_x.append(exp.train_x)\n"},
    {"id": "joint-memory-without-labels", "file": J, "what": "memory bytes count inputs only",
     "old": '"memory_bytes": tensor_bytes(*self.seen_x, *self.seen_y)',
     "new": '"memory_bytes": tensor_bytes(*self.seen_x)'},
]
