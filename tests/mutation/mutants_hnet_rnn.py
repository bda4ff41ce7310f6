"""Named mutants of hnet_rnn (methods/hnet_rnn.py, Chandra et al., WACV 2023): each a plausible wrong
reading of "a recurrent hypernetwork emits the chunks in sequence, its state carried from chunk to chunk"."""

R = "methods/hnet_rnn.py"

TESTS = ["tests/test_hnet_rnn.py", "tests/test_hnet.py::test_bad_options_say_what_to_fix",
         "tests/test_hnet.py::test_chunks_reassemble_to_the_exact_target_shapes",
         "tests/test_hnet.py::test_old_task_weights_and_accuracy_hold_after_later_tasks"]

MUTANTS = [
    {"id": "rnn-chunks-independent", "file": R,
     "what": "each chunk generated independently (a length-1 sequence per chunk: no state carried)",
     "old": "states, _ = self.rnn(self.chunk_inputs(embs))  # [K, n_chunks, hidden]",
     "new": "inp = self.chunk_inputs(embs)\n"
            "        states = self.rnn(inp.reshape(-1, 1, inp.shape[-1]))[0].reshape(len(embs), self.n_chunks, -1)"},
    {"id": "rnn-reversed", "file": R, "what": "chunks generated last to first (later layers condition earlier ones)",
     "old": "states, _ = self.rnn(self.chunk_inputs(embs))  # [K, n_chunks, hidden]",
     "new": "states = self.rnn(self.chunk_inputs(embs).flip(1))[0].flip(1)"},
    {"id": "rnn-random-initial-state", "file": R, "what": "a random initial state instead of zeros",
     "old": "states, _ = self.rnn(self.chunk_inputs(embs))  # [K, n_chunks, hidden]",
     "new": "h0 = torch.randn(self.rnn.num_layers, len(embs), self.rnn.hidden_size)\n"
            "        states, _ = self.rnn(self.chunk_inputs(embs), (h0, h0.clone()))"},
    {"id": "rnn-final-state-broadcast", "file": R, "what": "every chunk read out from the final state",
     "old": "return self.head(states).reshape(len(embs), -1)",
     "new": "return self.head(states[:, -1:]).expand(-1, self.n_chunks, -1).reshape(len(embs), -1)"},
    {"id": "rnn-readout-shifted", "file": R, "what": "chunk i read out from the state before step i",
     "old": "return self.head(states).reshape(len(embs), -1)",
     "new": "return self.head(torch.cat([torch.zeros_like(states[:, :1]), states[:, :-1]], 1)).reshape(len(embs), -1)"},
    {"id": "rnn-chunk-embs-dropped", "file": R, "what": "the step input is the task embedding alone (no position code)",
     "old": "states, _ = self.rnn(self.chunk_inputs(embs))  # [K, n_chunks, hidden]",
     "new": "x, c = self.chunk_inputs(embs), self.chunk_embs.shape[1]\n"
            "        states, _ = self.rnn(torch.cat([x[..., :-c], 0 * x[..., -c:]], -1))"},
    {"id": "rnn-cell-ignored", "file": R, "what": "always an LSTM whatever hnet.cell says",
     "old": "self.rnn = CELLS[cell](d, int(hidden)", "new": "self.rnn = nn.LSTM(d, int(hidden)"},
    {"id": "rnn-layers-ignored", "file": R, "what": "hnet.layers ignored (one layer)",
     "old": "num_layers=int(layers)", "new": "num_layers=1"},
    {"id": "rnn-init-bound-not-root", "file": R, "what": "init U(±1/hidden) instead of U(±1/√hidden)",
     "old": "p.uniform_(-1.0 / int(hidden) ** 0.5, 1.0 / int(hidden) ** 0.5, generator=generator)",
     "new": "p.uniform_(-1.0 / int(hidden), 1.0 / int(hidden), generator=generator)"},
    {"id": "rnn-init-unseeded", "file": R, "what": "cell and read-out drawn from the global RNG",
     "old": "p.uniform_(-1.0 / int(hidden) ** 0.5, 1.0 / int(hidden) ** 0.5, generator=generator)",
     "new": "p.uniform_(-1.0 / int(hidden) ** 0.5, 1.0 / int(hidden) ** 0.5)"},
    {"id": "rnn-readout-not-seeded", "file": R, "what": "the read-out keeps PyTorch's unseeded init",
     "old": "for p in [*self.rnn.parameters(), *self.head.parameters()]:", "new": "for p in self.rnn.parameters():"},
    {"id": "rnn-hidden-ignored", "file": R, "what": "hnet.hidden ignored (64 units)",
     "old": "self.rnn = CELLS[cell](d, int(hidden), num_layers",
     "new": "hidden = 64\n        self.rnn = CELLS[cell](d, 64, num_layers"},
    {"id": "rnn-unchunked-allowed", "file": R, "what": "chunk_size 0 accepted (one step, no sequence)",
     "old": "if chunk_size < 1:", "new": "if chunk_size < 0:"},
    {"id": "rnn-unknown-options-accepted", "file": R, "what": "unknown hnet options silently dropped",
     "old": 'unknown = sorted(set(cfg) - {"hidden", "layers", "cell"})',
     "new": 'cfg = {k: v for k, v in cfg.items() if k in {"hidden", "layers", "cell"}}\n        unknown = []'},
    {"id": "rnn-state-reset-midway", "file": R, "what": "the state reset halfway through the sequence",
     "old": "states, _ = self.rnn(self.chunk_inputs(embs))  # [K, n_chunks, hidden]",
     "new": "x, half = self.chunk_inputs(embs), self.n_chunks // 2\n"
            "        states = torch.cat([self.rnn(x[:, :half])[0], self.rnn(x[:, half:])[0]], 1)"},
]
