"""Dependency-preserving hypernetwork (Chandra, Varshney, Srijith & Gupta, "Continual Learning with
Dependency Preserving Hypernetworks", WACV 2023).

A recurrent hypernetwork emits the target network's weights chunk by chunk, in order: step i reads
[e_t, c_i] and its hidden state carries everything emitted so far, so the weights of later layers depend
on those of earlier layers (the paper's point against the chunked MLP hypernetwork, whose chunks are
generated independently). The output regulariser on stored targets is the one of von Oswald et al.
(see ``methods/common/hypernet.py``): β/(t−1) Σ_j ‖h(e_j, θ+Δθ) − W*_j‖², look-ahead optional.

No official code is public; every detail below was chosen here (the paper leaves it open or we did not
reproduce it):

* **cell**: a single-layer LSTM by default (``hnet.cell``: lstm | gru | rnn; ``hnet.layers``), hidden size
  64 (``hnet.hidden``), zero initial state, a shared linear read-out hidden → chunk;
* **sequence**: fixed-size chunks of the flattened target weights (layer after layer, weight then bias),
  not one step per layer, so one read-out serves every step; ``chunk_size`` must be > 0;
* **step input**: the task embedding concatenated with a learned chunk embedding (position code);
  ``chunk_emb_dim: 0`` drops it and leaves position to the recurrence alone;
* **init**: PyTorch's default LSTM/Linear init (U(±1/√hidden)) drawn from the method's seed; ``init: xavier``
  (the shared learner option) applies hypercl's Xavier-uniform / zero-bias init to the cell and read-out;
* **not implemented**: the paper's additional proposals on top of the RNN hypernetwork (its importance-
  weighted regularisation of the RNN parameters and its network-growth technique); only von Oswald et al.'s
  output regulariser is implemented. This is therefore the paper's base "RNN hypernetwork" model.
"""

from __future__ import annotations

import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.registry import register_method
from methods.common.hypernet import ChunkedHnet, HypernetLearner

CELLS = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}


class RecurrentHnet(ChunkedHnet):
    """An RNN over the chunk sequence; tasks form the batch dimension."""

    def __init__(self, n_outputs: int, chunk_size: int, task_emb_dim: int, chunk_emb_dim: int,
                 generator: torch.Generator, hidden: int = 64, layers: int = 1, cell: str = "lstm"):
        super().__init__(n_outputs, chunk_size, chunk_emb_dim, generator)
        if cell not in CELLS:
            raise ClbenchError(f"unknown hnet cell '{cell}'; use one of {', '.join(CELLS)}.")
        d = task_emb_dim + (chunk_emb_dim if self.chunk_embs is not None else 0)
        self.rnn = CELLS[cell](d, int(hidden), num_layers=int(layers), batch_first=True)
        self.head = nn.Linear(int(hidden), self.chunk)
        with torch.no_grad():  # seeded copy of PyTorch's default init: U(±1/√hidden) for the cell and read-out
            for p in [*self.rnn.parameters(), *self.head.parameters()]:
                p.uniform_(-1.0 / int(hidden) ** 0.5, 1.0 / int(hidden) ** 0.5, generator=generator)

    def raw(self, embs: torch.Tensor) -> torch.Tensor:
        states, _ = self.rnn(self.chunk_inputs(embs))  # [K, n_chunks, hidden]
        return self.head(states).reshape(len(embs), -1)


@register_method("hnet_rnn")
class HNetRNN(HypernetLearner):
    """Recurrent (dependency-preserving) hypernetwork; ``hnet`` options: ``hidden``, ``layers``, ``cell``."""

    def build_hnet(self, cfg: dict, n_outputs: int, chunk_size: int, task_emb_dim: int, chunk_emb_dim: int,
                   generator: torch.Generator) -> ChunkedHnet:
        unknown = sorted(set(cfg) - {"hidden", "layers", "cell"})
        if unknown:
            raise ClbenchError(f"hnet_rnn has no hypernetwork option '{unknown[0]}'; use method.hnet.hidden, "
                               "method.hnet.layers or method.hnet.cell.")
        if chunk_size < 1:
            raise ClbenchError("hnet_rnn emits its weights as a sequence of chunks; set method.chunk_size > 0.")
        return RecurrentHnet(n_outputs, chunk_size, task_emb_dim, chunk_emb_dim, generator, **cfg)
