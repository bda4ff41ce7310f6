"""clbench.testing.check_learner: every registered method that runs on synthetic inputs keeps the contract, and
the checker catches each broken promise with its own sentence (a checker that never fails proves nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from clbench.cli import compose
from clbench.learner import Capabilities, Learner, SGDLearner
from clbench.registry import METHODS, discover, method_options, names, target
from clbench.testing import LearnerCheckError, check_learner, synthetic_info, synthetic_scenario, train_view

discover()
CONF = Path(__file__).resolve().parent.parent / "conf" / "method"

#: small options per method (those its constructor takes are kept): one pass, tiny batches and models
SMALL = {"epochs": 1, "batch_size": 8, "backbone": {"name": "mlp", "hidden": [16]}, "memory_size": 12,
         "minibatch_size": 4, "steps": 4, "buffer_size": 16, "base_epochs": 1, "base_batch_size": 8,
         "rls_batch_size": 16, "feature_batch_size": 16}
PER_METHOD = {
    # CLR reprograms convolutions: the small conv net, not the MLP
    "clr": {"backbone": {"name": "cnn"}},
    # hypernetworks: a few iterations of a small target net, a few chunks
    **{n: {"iterations": 3, "target_hidden": [16], "chunk_size": 64} for n in ("hnet", "hnet_entropy", "hnet_rnn")},
    # A-GEM's reference batch and memory per experience sized to the synthetic stream (12 samples each)
    "agem": {"strategy_args": {"patterns_per_exp": 4, "sample_size": 8}},
    # Mamba-FSCIL scans the cnn trunk's feature map: a narrow trunk, a 2x2 map, a few session steps
    "mamba_fscil": {"backbone": {"name": "cnn", "channels": [4, 8]}, "feat_size": 2, "d_state": 4, "dt_rank": 2,
                    "inc_steps": 4},
}


def _skip_reason(name: str, cls) -> str | None:
    caps = cls.capabilities
    if caps.output != "logits":
        return f"{name} is a text method: it needs a language model, and check_learner checks logits learners"
    if caps.backbones and not set(caps.backbones) - {"vit", "mobilenet_v2"}:
        return f"{name} needs a pretrained backbone ({', '.join(caps.backbones)}): weights and minutes on CPU"
    return None


def _info_for(cls):
    caps = cls.capabilities
    if "class_incremental" in caps.protocols and not caps.needs_task_ids_at_test:
        return synthetic_info("class_incremental")
    if "task_incremental" in caps.protocols:
        return synthetic_info("task_incremental")
    return synthetic_info(caps.protocols[0], task_ids_at_test=caps.needs_task_ids_at_test)


def _options(name: str, cls) -> dict:
    """The method's own YAML (strategy arguments, recipes) with the small sizes above put over it."""
    base = {}
    if (CONF / f"{name}.yaml").is_file():
        base = {k: v for k, v in compose([f"method={name}"])["method"].items() if k != "name"}
    accepted = method_options(cls)
    small = {**SMALL, **PER_METHOD.get(name, {})}
    return {**base, **{k: v for k, v in small.items() if k in accepted}}


# in-tree methods only: other test modules register throwaway learners (test_blurry's) in the same registry,
# and whether they are there at collection time depends on which files were collected first; read from the
# registry's targets, so collecting this file imports no method module
IN_TREE = [n for n in names("method") if target("method", n).startswith("methods.")]


@pytest.mark.parametrize("name", IN_TREE)
def test_every_registered_method_keeps_the_contract(name, one_torch_thread):
    cls = METHODS[name]
    reason = _skip_reason(name, cls)
    if reason:
        pytest.skip(reason)
    check_learner(cls, _info_for(cls), _options(name, cls))


# ------------------------------------------------------------------ the checker fails on each broken promise
INFO = synthetic_info("class_incremental")


class Good(SGDLearner):
    """The finetune loop over seen classes, masking the others: keeps every promise, declares the mask."""

    capabilities = Capabilities(unseen_classes_minus_inf=True)

    def predict(self, x, task_ids=None):
        logits = super().predict(x, task_ids)
        unseen = torch.ones(self.info.n_classes, dtype=torch.bool)
        unseen[self.seen_classes] = False
        return logits.masked_fill(unseen, float("-inf"))


OPTS = {"backbone": {"name": "mlp", "hidden": [8]}, "epochs": 1, "batch_size": 4}


def test_a_learner_keeping_the_contract_passes():
    check_learner(Good, INFO, OPTS)
    check_learner(Good, synthetic_info("task_incremental"), OPTS)


class SeenOnly(Good):
    def predict(self, x, task_ids=None):
        return super().predict(x, task_ids)[:, : len(self.seen_classes) or 1]


class NaNs(Good):
    def predict(self, x, task_ids=None):
        out = super().predict(x, task_ids)
        out[0, 0] = float("nan")
        return out


class IntLogits(Good):
    def predict(self, x, task_ids=None):
        return super().predict(x, task_ids).argmax(1, keepdim=True).expand(-1, self.info.n_classes).clone()


class DeclaresButLeaks(Good):
    """Declares the -inf mask but scores unseen classes finitely."""

    def predict(self, x, task_ids=None):
        return SGDLearner.predict(self, x, task_ids)


class MasksSeenToo(Good):
    """Declares the mask and masks one trained class as well."""

    def predict(self, x, task_ids=None):
        out = super().predict(x, task_ids)
        if self.seen_classes:
            out[:, self.seen_classes[0]] = float("-inf")
        return out


class ForgetsOnLoad(Good):
    """state_dict misses the model (a resumed run would start from a fresh net)."""

    def state_dict(self):
        return {k: v for k, v in self.__dict__.items() if k != "model"}


class Unpicklable(Good):
    def state_dict(self):
        return {**super().state_dict(), "hook": lambda: None}


class Unseeded(Good):
    """Draws from the OS entropy: two builds from one seed differ."""

    def build_model(self):
        model = super().build_model()
        with torch.no_grad():
            for p in model.parameters():
                p.add_(torch.randn(p.shape, generator=torch.Generator().manual_seed(torch.seed())))
        return model


class ReadsTest(Good):
    """Tunes on the test split while training."""

    def train_experience(self, exp):
        self.peek = len(exp.test_y)
        super().train_experience(exp)


class UsesTestData(Learner):
    """Fits on test data if it is there: with the test split handed over it would predict perfectly."""

    def __init__(self, info, **_):
        super().__init__(info)
        self.memory = {}

    def train_experience(self, exp):
        for x, y in zip(exp.test_x, exp.test_y):
            self.memory[x.numpy().tobytes()] = int(y)

    def predict(self, x, task_ids=None):
        return torch.zeros(len(x), self.info.n_classes)


@pytest.mark.parametrize("cls, message", [
    (SeenOnly, r"^method 'SeenOnly' predict returned \(6, 1\) on experience 0 after training 0 experience\(s\); "
               r"expected float logits of shape \(6, 6\)"),
    (NaNs, r"^method 'NaNs' predict returned NaN or \+inf logits on experience 0 after training 0"),
    (IntLogits, r"^method 'IntLogits' predict returned torch.int64 logits"),
    (DeclaresButLeaks, r"^method 'DeclaresButLeaks' declares unseen_classes_minus_inf but scores unseen classes "
                       r"\[2, 3, 4, 5\] above -inf on experience 0 after training 1"),
    (MasksSeenToo, r"^method 'MasksSeenToo' declares unseen_classes_minus_inf but scores trained classes -inf"),
    (ForgetsOnLoad, r"^method 'ForgetsOnLoad' predicts differently after state_dict\(\) was loaded into a fresh "
                    r"instance"),
    (Unpicklable, r"^method 'Unpicklable' state_dict\(\) does not survive torch.save/torch.load"),
    (Unseeded, r"^method 'Unseeded' predicts differently when built and trained twice from the same seed 0"),
    (ReadsTest, r"^method 'ReadsTest' read experience.test_y in train_experience \(experience 0\); the test split "
                r"is not available while training"),
    (UsesTestData, r"^method 'UsesTestData' read experience.test_x in train_experience"),
])
def test_each_broken_promise_is_its_own_sentence(cls, message):
    with pytest.raises(LearnerCheckError, match=message):
        check_learner(cls, INFO, OPTS)


def test_predicting_an_untrained_task_id_is_checked():
    class NoHeadYet(Good):
        def predict(self, x, task_ids=None):
            if task_ids is not None and int(task_ids[0]) >= len(self.seen_classes) // 2:
                return super().predict(x, task_ids)[:, :3]  # no head for a task not trained yet
            return super().predict(x, task_ids)

    with pytest.raises(LearnerCheckError, match=r"on experience \d after training \d experience\(s\) \(task id \d "
                                                r"not trained yet\); expected float logits of shape"):
        check_learner(NoHeadYet, synthetic_info("task_incremental"), OPTS)


def test_a_predict_that_raises_is_one_sentence():
    class NoHead(Good):
        def predict(self, x, task_ids=None):
            if task_ids is not None and int(task_ids[0]) > 0 and not self.seen_classes:
                raise KeyError(int(task_ids[0]))
            return super().predict(x, task_ids)

    with pytest.raises(LearnerCheckError, match=r"^method 'NoHead' raised KeyError in predict on experience 1 after "
                                                r"training 0 experience\(s\) \(task id 1 not trained yet\): 1; "):
        check_learner(NoHead, synthetic_info("task_incremental"), OPTS)


def test_the_checker_leaves_the_global_random_state_alone():
    torch.manual_seed(99)
    expected = torch.rand(3)
    torch.manual_seed(99)
    check_learner(Good, INFO, OPTS)
    assert torch.equal(torch.rand(3), expected)


def test_synthetic_scenario_has_the_infos_shape_and_the_train_view_no_test_split():
    s = synthetic_scenario(INFO)
    assert [list(e.classes) for e in s] == INFO.classes_per_experience and s.n_classes == 6
    assert all(e.train_x.shape[1:] == (1, 8, 8) and set(e.train_y.tolist()) == set(e.classes) for e in s)
    view = train_view(s[0])
    assert len(view.test_y) == 0 and torch.equal(view.train_x, s[0].train_x) and len(s[0].test_y) > 0
    assert [len(c.train_y) for c in view.chunks(5)] == [5, 5, 2]  # copies of the view are views too


def test_the_new_method_scaffold_keeps_the_contract_and_its_test_calls_the_checker(tmp_path, monkeypatch):
    import importlib.util

    import yaml

    import clbench.registry as registry
    from clbench.cli import main

    (tmp_path / "methods").mkdir()
    (tmp_path / "conf" / "method").mkdir(parents=True)
    assert main(["new-method", "my_checked", "--root", str(tmp_path)]) == 0
    assert "check_learner(get_method(\"my_checked\")" in (tmp_path / "tests" / "test_my_checked.py").read_text()
    monkeypatch.setattr(registry, "STATE", registry.STATE.copy())
    spec = importlib.util.spec_from_file_location("_scaffolded_my_checked", tmp_path / "methods" / "my_checked.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    options = yaml.safe_load((tmp_path / "conf" / "method" / "my_checked.yaml").read_text())
    options.pop("name")
    check_learner(registry.METHODS["my_checked"], INFO, {**options, "batch_size": 8})
