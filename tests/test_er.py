"""ER (Chaudhry et al. 2019; Mammoth ``models/er.py``): reservoir sampling, the replay minibatch, the budget."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from omegaconf import OmegaConf

from clbench.errors import ClbenchError
from clbench.registry import build_data, build_method
from clbench.scenario import get_protocol
from clbench.training import Batch

CONF = Path(__file__).resolve().parents[1] / "conf"


def _digits(seed: int = 0):
    return get_protocol("class_incremental")(build_data("digits", {}), seed=seed)


def _er(scenario, **options):
    opts = {"backbone": "mlp", "memory_size": 30, "batch_size": 10, "minibatch_size": 10}
    opts.update(options)
    return build_method("er", scenario.info(), opts)


def _reservoir_by_hand(stream: list[int], size: int, g: torch.Generator) -> list[int]:
    """Vitter's algorithm R: the first ``size`` items fill the buffer; item n (0-based) then replaces slot
    j ~ U{0..n} when j < size."""
    buf: list[int] = []
    for n, item in enumerate(stream):
        if n < size:
            buf.append(item)
        else:
            j = int(torch.randint(n + 1, (1,), generator=g))
            if j < size:
                buf[j] = item
    return buf


def test_er_reservoir_never_exceeds_its_budget():
    scenario = _digits()
    learner = _er(scenario, batch_size=64)
    for exp in scenario.experiences[:2]:
        learner.train_experience(exp)
        assert learner.n_stored == 30
    assert learner.n_seen == scenario[0].n_train + scenario[1].n_train
    stored = set(learner.buf_y.tolist())
    assert stored <= set(scenario[0].classes) | set(scenario[1].classes) and len(stored) > 2
    assert learner.cost()["memory_bytes"] == learner.buf_x.numel() * 4 + 30 * 8


@pytest.mark.parametrize("seed", [0, 1])
def test_the_buffer_is_algorithm_r_over_the_incoming_samples(seed):
    """Items 0..499 arrive in batches of 10 through after_step (the learner's own path); the buffer equals
    Vitter's algorithm R run by hand on the same seeded generator (an off-by-one U{0..n−1}, a random slot
    always replaced, or replacing while the buffer fills all fail)."""
    scenario = _digits(seed)
    learner = _er(scenario, memory_size=25)
    g = torch.Generator().manual_seed(seed * 7_919 + 17)  # the documented seeding: runs repeat exactly
    stream = list(range(500))
    for s in range(0, 500, 10):
        ids = torch.tensor(stream[s : s + 10])
        learner.after_step(scenario[0], Batch(ids, (ids.float().unsqueeze(1), ids), 0, s // 10))
    assert learner.buf_y.tolist() == _reservoir_by_hand(stream, 25, g)
    assert learner.n_seen == 500 and learner.n_stored == 25


def test_reservoir_keeps_a_uniform_sample_of_the_stream():
    """Over 100 seeds, each half of a 200-item stream fills about half the 20 slots (uniformity; a buffer that
    favours recent items would hold mostly the second half)."""
    info = _digits().info()
    first_half = []
    for seed in range(100):
        learner = build_method("er", info, {"backbone": "mlp", "memory_size": 20})
        learner.rng = torch.Generator().manual_seed(seed)
        for s in range(0, 200, 20):
            ids = torch.arange(s, s + 20)
            learner.store(ids.float().unsqueeze(1), ids)
        first_half.append(float((learner.buf_y < 100).float().mean()))
    assert sum(first_half) / len(first_half) == pytest.approx(0.5, abs=0.04)


def test_each_step_trains_on_the_batch_plus_minibatch_size_draws_from_the_filled_buffer():
    scenario = _digits()
    learner = _er(scenario, memory_size=100, minibatch_size=7)
    exp = scenario[0]
    learner.seen_classes = sorted(exp.classes)
    learner.store(exp.train_x[:40], exp.train_y[:40])  # 40 of 100 slots filled: draws must come from those 40 only
    assert learner.cost()["memory_bytes"] == 40 * exp.train_x[0].numel() * 4 + 40 * 8  # stored samples only
    x, y = exp.train_x[40:50], exp.train_y[40:50]
    g = torch.Generator()
    g.set_state(learner.rng.get_state())
    idx = torch.randint(40, (7,), generator=g)
    seen = []
    original = learner.forward

    def spy(inp, task_ids=None):
        seen.append(inp.clone())
        return original(inp, task_ids)

    learner.forward = spy
    got = learner.loss(x, y, exp)
    assert seen[0].shape[0] == 10 + 7
    assert torch.equal(seen[0], torch.cat([x, exp.train_x[:40][idx]]))
    with torch.no_grad():
        expected = torch.nn.functional.cross_entropy(original(seen[0]), torch.cat([y, exp.train_y[:40][idx]]))
    assert float(got.detach()) == pytest.approx(float(expected), rel=1e-6)
    # the buffer then takes the incoming batch only, not the replayed samples
    learner.after_step(exp, Batch(torch.arange(40, 50), (x, y), 0, 0))
    assert learner.n_seen == 50 and torch.equal(learner.buf_x[40:50], x)


def test_the_training_loop_stores_each_incoming_batch_and_never_the_replayed_samples():
    """Through train_experience (the loop's own step hook): every stored batch is one incoming batch of
    batch_size samples, in the order the loop drew them; none carries the minibatch_size replayed ones."""
    scenario = _digits()
    learner = _er(scenario, memory_size=100, minibatch_size=7, batch_size=10)
    exp = scenario[0]
    stored, original = [], learner.store

    def spy(x, y):
        stored.append(y.clone())
        original(x, y)

    learner.store = spy
    learner.train_experience(exp)
    order = torch.randperm(exp.n_train, generator=torch.Generator().manual_seed(0 * 100_003 + 0 * 1_009))
    assert [len(y) for y in stored[:-1]] == [10] * (len(stored) - 1)
    assert torch.equal(torch.cat(stored), exp.train_y[order])
    assert learner.n_seen == exp.n_train


def test_no_replay_before_anything_is_stored_and_with_minibatch_size_zero():
    scenario = _digits()
    exp = scenario[0]
    for learner in (_er(scenario), _er(scenario, minibatch_size=0)):
        learner.seen_classes = sorted(exp.classes)
        if learner.minibatch_size == 0:
            learner.store(exp.train_x[:20], exp.train_y[:20])
        x, y = exp.train_x[20:30], exp.train_y[20:30]
        with torch.no_grad():
            expected = torch.nn.functional.cross_entropy(learner.forward(x), y)
            assert float(learner.loss(x, y, exp)) == pytest.approx(float(expected), rel=1e-6)


def test_memory_size_below_one_is_refused():
    with pytest.raises(ClbenchError) as e:
        _er(_digits(), memory_size=0)
    assert str(e.value) == "memory_size must be >= 1, got 0; set method.memory_size."


def test_config_is_mammoths_split_mnist_er_200():
    cfg = OmegaConf.load(CONF / "method" / "er.yaml")
    assert (cfg.memory_size, cfg.minibatch_size, cfg.batch_size, cfg.optimizer.lr, cfg.epochs) == (200, 10, 10, 0.1, 1)


def test_er_passes_check_learner():
    testing = pytest.importorskip("clbench.testing")
    from methods.er import ER

    testing.check_learner(ER, testing.synthetic_info("class_incremental"), {"backbone": "mlp", "memory_size": 10})
