"""hnet_rnn (Chandra et al., WACV 2023): the recurrent hypernetwork's own steps, one fast test each.

The shared learner (regulariser, look-ahead, embeddings, drift) is pinned in tests/test_hnet.py, whose
variant tests run hnet_rnn too; tests/mutation/mutants_hnet_rnn.toml lists the wrong variants checked here.
"""

from __future__ import annotations

import pytest
import torch

from clbench.registry import build_method
from clbench.scenario import ScenarioInfo

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def tiny_info(seed: int = 0) -> ScenarioInfo:
    return ScenarioInfo("tiny", "task_incremental", 2, 4, (1, 7, 7), True, "logits", seed, list(range(4)),
                        [[0, 1], [2, 3]])


def rnn(seed: int = 0, **opts):
    # target 49-5-3-2: 276 weights in 8 chunks of 37
    return build_method("hnet_rnn", tiny_info(seed), {"target_hidden": [5, 3], "chunk_size": 37,
                                                      "hnet": {"hidden": 8}, **opts})


def stepwise(hn, embs: torch.Tensor) -> torch.Tensor:
    """The recurrence by hand: one chunk per step from a zero state, the state handed to the next step."""
    inputs, state, out = hn.chunk_inputs(embs), None, []
    for i in range(hn.n_chunks):
        h, state = hn.rnn(inputs[:, i : i + 1], state)
        out.append(hn.head(h[:, 0]))
    return torch.cat(out, dim=1)[:, : hn.n_outputs]


@pytest.mark.parametrize("cell", ["lstm", "gru", "rnn"])
def test_chunks_are_emitted_in_order_with_the_state_carried_from_chunk_to_chunk(cell):
    learner = rnn(hnet={"hidden": 8, "cell": cell})
    embs = torch.stack([learner.task_embs[0].detach(), learner.task_embs[1].detach()])
    torch.testing.assert_close(learner.hnet(embs), stepwise(learner.hnet, embs))


def test_an_early_chunk_shapes_every_later_chunk_and_no_earlier_one():
    hn = rnn().hnet
    e = torch.randn(1, 64, generator=torch.Generator().manual_seed(1))
    base = hn.raw(e).detach().reshape(hn.n_chunks, hn.chunk)
    with torch.no_grad():
        hn.chunk_embs[2] += 1.0
    moved = hn.raw(e).detach().reshape(hn.n_chunks, hn.chunk)
    assert torch.equal(moved[:2], base[:2])  # causal: chunks 0, 1 come before chunk 2
    assert all(not torch.allclose(moved[i], base[i]) for i in range(2, hn.n_chunks))  # the state carries it on


def test_without_chunk_embeddings_position_comes_from_the_recurrence_alone():
    learner = rnn(chunk_emb_dim=0)
    out = learner.hnet(learner.task_embs[0].detach()[None])[0]
    assert learner.hnet.chunk_embs is None and out.shape == (276,)
    assert not torch.allclose(out[:37], out[37:74])  # same input every step, different chunks


def test_the_initial_state_is_zero_and_the_output_deterministic():
    hn = rnn().hnet
    e = torch.randn(3, 64, generator=torch.Generator().manual_seed(2))
    inputs = hn.chunk_inputs(e)
    zeros = torch.zeros(1, 3, 8)
    states, _ = hn.rnn(inputs, (zeros, zeros))
    torch.testing.assert_close(hn(e), hn.head(states).reshape(3, -1)[:, :276])
    assert torch.equal(hn(e), hn(e))


def test_cell_layers_and_hidden_size_are_what_the_options_say():
    for cell, cls in (("lstm", torch.nn.LSTM), ("gru", torch.nn.GRU), ("rnn", torch.nn.RNN)):
        hn = rnn(hnet={"hidden": 6, "layers": 2, "cell": cell}).hnet
        assert type(hn.rnn) is cls and hn.rnn.num_layers == 2 and hn.rnn.hidden_size == 6
        assert hn.rnn.input_size == 64 + 12 and hn.head.in_features == 6 and hn.head.out_features == 37


def test_default_init_is_seeded_uniform_one_over_root_hidden():
    a, b, c = rnn(hnet={"hidden": 64}).hnet, rnn(hnet={"hidden": 64}).hnet, rnn(1, hnet={"hidden": 64}).hnet
    for (name, pa), pb, pc in zip(a.named_parameters(), b.parameters(), c.parameters()):
        assert torch.equal(pa, pb) and not torch.equal(pa, pc), name
        if name != "chunk_embs":  # chunk embeddings ~ N(0, 1)
            assert pa.abs().max() <= 64**-0.5 and pa.abs().max() > 0.9 * 64**-0.5, name


def test_xavier_init_applies_to_the_recurrent_hypernetwork_too():
    hn = rnn(hnet={"hidden": 64}, init="xavier").hnet
    for name, p in hn.named_parameters():
        if name == "chunk_embs":
            continue
        if p.dim() == 1:
            assert torch.count_nonzero(p) == 0, name
        else:
            bound = (6 / (p.shape[0] + p.shape[1])) ** 0.5
            assert p.abs().max() <= bound and p.abs().max() > 0.9 * bound, name


@pytest.mark.parametrize("opts", [{}, {"hnet": {"hidden": 8, "cell": "gru", "layers": 2}, "lookahead": True}])
def test_the_learner_contract(opts):
    testing = pytest.importorskip("clbench.testing")  # clbench.testing.check_learner, where it exists
    from clbench.registry import get_method

    testing.check_learner(get_method("hnet_rnn"), testing.synthetic_info("task_incremental"),
                          {"target_hidden": [8], "chunk_size": 50, "iterations": 3, "batch_size": 4, **opts})


def test_unknown_hypernetwork_options_are_refused():
    from clbench.errors import ClbenchError

    with pytest.raises(ClbenchError) as e:
        rnn(hnet={"hidden": 8, "width": 3})
    assert str(e.value) == ("hnet_rnn has no hypernetwork option 'width'; use method.hnet.hidden, "
                            "method.hnet.layers or method.hnet.cell.")
