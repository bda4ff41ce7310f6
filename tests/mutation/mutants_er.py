# ruff: noqa: E501
"""Named mutants of methods/er.py (ER, Chaudhry et al. 2019; reservoir sampling, Vitter 1985)."""

TESTS = ["tests/test_er.py"]

F = "methods/er.py"
MUTANTS = [
    {"id": "er-reservoir-off-by-one", "file": F, "what": "j ~ U{0..n−1} instead of U{0..n}",
     "old": "torch.randint(self.n_seen + 1, (1,), generator=self.rng))", "new": "torch.randint(self.n_seen, (1,), generator=self.rng))"},
    {"id": "er-reservoir-always-replace", "file": F, "what": "a full buffer always replaces a random slot (recency bias)",
     "old": "torch.randint(self.n_seen + 1, (1,), generator=self.rng))", "new": "torch.randint(self.memory_size, (1,), generator=self.rng))"},
    {"id": "er-reservoir-ring-buffer", "file": F, "what": "FIFO ring buffer instead of reservoir sampling",
     "old": "j = self.n_seen if self.n_seen < self.memory_size else int(", "new": "j = self.n_seen % self.memory_size if True else int("},
    {"id": "er-reservoir-never-replaces", "file": F, "what": "the buffer keeps the first samples forever",
     "old": "            if j < self.memory_size:\n", "new": "            if j < self.memory_size and self.n_seen < self.memory_size:\n"},
    {"id": "er-count-not-advanced", "file": F, "what": "n_seen counts batches, not samples",
     "old": "            self.n_seen += 1\n", "new": "            self.n_seen += int(i == 0)\n"},
    {"id": "er-replay-batch-size-of-data-batch", "file": F, "what": "replay draws len(x) samples instead of minibatch_size",
     "old": "(min(self.minibatch_size, self.n_stored),)", "new": "(min(len(y), self.n_stored),)"},
    {"id": "er-replay-from-empty-slots", "file": F, "what": "draws over all memory_size slots before the buffer is full",
     "old": "idx = torch.randint(self.n_stored, ", "new": "idx = torch.randint(self.memory_size, "},
    {"id": "er-no-replay", "file": F, "what": "the buffer is never replayed",
     "old": "if self.n_stored and self.minibatch_size > 0:", "new": "if False:"},
    {"id": "er-store-replayed", "file": F, "what": "the buffer takes the concatenated batch (replayed samples too)",
     "old": "        return nn.functional.cross_entropy(self.forward(x), y)\n\n    def after_step(self, exp: Experience, batch: Batch) -> None:\n        \"\"\"The step's incoming samples (never the replayed ones) enter the buffer by reservoir sampling.\"\"\"\n        self.store(batch.x, batch.y)\n",
     "new": "        self.store(x, y)\n        return nn.functional.cross_entropy(self.forward(x), y)\n\n    def after_step(self, exp: Experience, batch: Batch) -> None:\n        pass\n"},
    {"id": "er-replay-labels-shuffled", "file": F, "what": "replayed samples get labels of other slots",
     "old": "y = torch.cat([y, self.buf_y[idx].to(y.device)])", "new": "y = torch.cat([y, self.buf_y[idx.flip(0)].to(y.device)])"},
    {"id": "er-memory-size-zero-allowed", "file": F, "what": "memory_size 0 accepted",
     "old": "if int(memory_size) < 1:", "new": "if int(memory_size) < 0:"},
    {"id": "er-unseeded-rng", "file": F, "what": "the buffer's generator ignores the scenario seed",
     "old": "self.rng = torch.Generator().manual_seed(info.seed * 7_919 + 17)", "new": "self.rng = torch.Generator().manual_seed(17)"},
    {"id": "er-memory-bytes-all-slots", "file": F, "what": "memory cost counts empty slots",
     "old": "\"memory_bytes\": tensor_bytes(self.buf_x[:n], self.buf_y[:n])", "new": "\"memory_bytes\": tensor_bytes(self.buf_x, self.buf_y)"},
]
