"""LCIA invariants (α formula, fallback, exact EMA step, live == θ* after a task, instruction grouping) and
the two LoRA baselines, on a tiny LM and tiny synthetic instruction sets (seconds)."""

from __future__ import annotations

import pytest
import torch

from clbench.errors import ClbenchError
from clbench.protocols.text import format_prompt
from clbench.scenario import Experience, ScenarioInfo
from methods.common.lm import ema_step
from methods.lcia import LCIA, dynamic_alpha, mean_pairwise_similarity
from methods.lora_ema import LoRAEMA
from methods.lora_seq import LoRASeq

TINY = {"d_model": 16, "n_layers": 1, "n_heads": 2, "max_len": 48, "steps": 3, "batch_size": 8}
TRANSLATE = ["translate the sentence to french", "translate this sentence into french",
             "give the french translation of the sentence"]
TRANSLATE_2 = ["translate the sentence into french please", "french translation of this sentence"]
SUM = ["add the numbers together", "what is the sum of the numbers", "sum the two numbers"]


def info(n: int = 3) -> ScenarioInfo:
    return ScenarioInfo(name="syn", protocol="instruction_stream", n_experiences=n, n_classes=n, input_shape=None,
                        task_ids_at_test=False, output="text", seed=0, class_order=list(range(n)),
                        classes_per_experience=[[i] for i in range(n)])


def experience(i: int, instructions: list[str], n: int = 12) -> Experience:
    prompts = [format_prompt(instructions[k % len(instructions)], f"x{k}") for k in range(n)]
    return Experience(index=i, train_x=prompts, train_y=[f"y{k % 3}" for k in range(n)], test_x=prompts[:3],
                      test_y=["y0", "y1", "y2"], classes=(i,), new_classes=(i,), task_id=i, task_ids_at_test=False)


def test_alpha_matches_the_formula_on_known_tensors():
    grad, prev = torch.tensor([1.0, -1.0]), torch.tensor([-3.0, 3.0])  # ‖g‖₁ = 2, ‖g − g_prev‖₁ = 8
    live, ema = torch.tensor([2.0, 1.0]), torch.tensor([0.0, -1.0])  # ‖θ − θ*‖₁ = 4
    alpha, dynamic = dynamic_alpha(grad, prev, live, ema)
    assert dynamic and alpha == pytest.approx(2 * (1 + 2) / (4 * 8))


@pytest.mark.parametrize("prev,live,why", [
    (None, torch.tensor([2.0, 1.0]), "first step"),
    (torch.tensor([1.0, -1.0]), torch.tensor([2.0, 1.0]), "g_t == g_{t-1}: α infinite"),
    (torch.tensor([0.5, -1.0]), torch.tensor([2.0, 1.0]), "α = 6 / (4 · 0.5) = 3 ≥ 1"),
])
def test_alpha_falls_back_when_it_should(prev, live, why):
    alpha, dynamic = dynamic_alpha(torch.tensor([1.0, -1.0]), prev, live, torch.tensor([0.0, -1.0]), fallback=0.01)
    assert (alpha, dynamic) == (0.01, False), why


def test_ema_step_is_exact():
    ema, live = torch.tensor([1.0, 2.0, -4.0]), torch.tensor([3.0, 0.0, 4.0])
    ema_step(ema, live, 0.25)
    assert torch.equal(ema, torch.tensor([1.5, 1.5, -2.0]))


def test_grouping_splits_synthetic_instruction_sets():
    sims = mean_pairwise_similarity(TRANSLATE_2, [TRANSLATE, SUM])
    assert sims[0] >= 0.3 > sims[1]
    learner = LCIA(info(3), lm=TINY, epochs=1, batch_size=6)
    for i, ins in enumerate([TRANSLATE, SUM, TRANSLATE_2]):
        learner.train_experience(experience(i, ins))
    rep = learner.report()
    assert rep["experience_groups"] == ["g0", "g1", "g0"] and rep["groups_opened"] == 2
    assert learner.prompt_groups([format_prompt(SUM[2], "1 2"), format_prompt(TRANSLATE[0], "hi")]) == ["g1", "g0"]


def test_lcia_live_weights_equal_ema_after_each_task_and_alpha_is_logged():
    learner = LCIA(info(2), lm=TINY, epochs=2, batch_size=4)
    for i, ins in enumerate([TRANSLATE, SUM]):
        learner.train_experience(experience(i, ins))
        params = learner.group_params(learner.group)
        assert params and all(torch.equal(p, learner.ema[learner.group][k]) for k, p in params.items())
        assert any(p.abs().sum() > 0 for k, p in params.items() if "lora_B" in k)  # it did learn
    rep = learner.report()
    # one α per trainable tensor per step: 2 tasks × 2 epochs × 3 batches × 4 LoRA layers × (A, B)
    assert rep["alpha_dynamic"] + rep["alpha_fallback"] == 2 * 2 * 3 * 4 * 2
    assert rep["alpha_fallback"] >= 2 * 4 * 2  # at least the first step of every task


def test_ema_follows_the_dynamic_coefficient_exactly(monkeypatch):
    """θ* after one step equals (1 − α)θ*₀ + αθ₁ with the α the formula gives for that step."""
    learner = LCIA(info(1), lm=TINY, epochs=1, batch_size=4)
    exp = experience(0, TRANSLATE)
    learner.group = learner.training_group(exp)
    learner.activate(learner.group)
    learner.before_experience(exp)
    params = learner.group_params(learner.group)
    before = {k: v.clone() for k, v in learner.ema[learner.group].items()}
    prev = {k: torch.randn_like(p) for k, p in params.items()}
    grads = {k: torch.randn_like(p) for k, p in params.items()}
    with torch.no_grad():
        for p in params.values():
            p.add_(torch.randn_like(p))
    learner.prev_grads = dict(prev)
    learner.after_lora_step(grads)
    for k, p in params.items():
        alpha, dynamic = dynamic_alpha(grads[k], prev[k], p, before[k])
        expect = before[k] * (1 - alpha) + p.detach() * alpha
        assert torch.allclose(learner.ema[learner.group][k], expect, atol=1e-6)


def test_lora_ema_live_equals_fixed_coefficient_ema():
    learner = LoRAEMA(info(1), ema_alpha=0.5, lm=TINY, epochs=1, batch_size=4)
    learner.train_experience(experience(0, TRANSLATE))
    params = learner.group_params("g0")
    assert all(torch.equal(p, learner.ema[k]) for k, p in params.items())
    assert learner.report()["steps"] == 3


def test_lora_seq_keeps_one_adapter_and_predicts_text():
    learner = LoRASeq(info(2), lm=TINY, epochs=1, batch_size=6)
    for i, ins in enumerate([TRANSLATE, SUM]):
        learner.train_experience(experience(i, ins))
    out = learner.predict([format_prompt(SUM[0], "1 2"), format_prompt(TRANSLATE[0], "x")])
    assert learner.groups == ["g0"] and len(out) == 2 and all(isinstance(o, str) for o in out)


def test_bad_options_are_one_sentence():
    with pytest.raises(ClbenchError) as e:
        LCIA(info(1), fallback_alpha=1.5, lm=TINY)
    assert str(e.value) == "fallback_alpha must be in (0, 1), got 1.5; set method.fallback_alpha."
    with pytest.raises(ClbenchError) as e:
        LoRASeq(info(1), lm={"path": "/nonexistent/model"})
    assert str(e.value) == ("lm.path /nonexistent/model is not a directory; give a local Hugging Face causal LM "
                            "directory or remove lm.path.")
    with pytest.raises(ClbenchError) as e:
        LoRASeq(info(1), lm={"width": 3})
    assert str(e.value).startswith("method.lm has an unknown option (")


# ------------------------------------------------------------------------------------------------ band
@pytest.mark.slow
def test_lcia_forgets_less_than_sequential_lora_on_the_instruction_stream(compose_run):
    """Published config, seeds 0–2: lcia's per-instruction-group adapters and EMA keep old tasks."""
    import json
    import statistics

    from clbench.runner import run

    metrics = {}
    for method in ("lora_seq", "lcia"):
        runs = [json.loads(run(compose_run(f"method={method}", "benchmark=instruction_stream", f"seed={s}"),
                               echo=lambda *_: None).read_text())["metrics"] for s in (0, 1, 2)]
        metrics[method] = {k: statistics.mean(r[k] for r in runs) for k in ("final_average_accuracy", "forgetting")}
    assert metrics["lcia"]["final_average_accuracy"] > metrics["lora_seq"]["final_average_accuracy"]
    assert metrics["lcia"]["forgetting"] < metrics["lora_seq"]["forgetting"]


def test_optional_local_hugging_face_causal_lm(tmp_path):
    """lm.path: a causal LM directory on disk (a 1-layer GPT-2 with a character tokenizer, written here)."""
    import string

    pytest.importorskip("transformers")
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    vocab = {"<eos>": 0, **{c: i + 1 for i, c in enumerate("\n " + string.ascii_letters + string.digits)}}
    tk = Tokenizer(models.WordLevel(vocab, unk_token="<eos>"))
    tk.pre_tokenizer, tk.decoder = pre_tokenizers.Split("", "isolated"), decoders.Fuse()
    PreTrainedTokenizerFast(tokenizer_object=tk, eos_token="<eos>").save_pretrained(tmp_path)
    GPT2LMHeadModel(GPT2Config(vocab_size=len(vocab), n_positions=64, n_embd=32, n_layer=1, n_head=2,
                               eos_token_id=0)).save_pretrained(tmp_path)
    learner = LoRASeq(info(1), lm={"path": str(tmp_path), "target_modules": ["c_attn"]}, epochs=1, batch_size=6,
                      max_new_tokens=3)
    before = {k: p.clone() for k, p in learner.group_params("g0").items()}
    learner.train_experience(experience(0, TRANSLATE))
    assert any(not torch.equal(p, before[k]) for k, p in learner.group_params("g0").items())
    out = learner.predict([format_prompt(TRANSLATE[0], "ab")])
    assert len(out) == 1 and isinstance(out[0], str) and len(out[0]) <= 3


# -- one test per step of the algorithm (issue 15): each fails when that step is removed or replaced -----------
def test_alpha_of_exactly_one_falls_back_and_the_fallback_is_the_option():
    """α = 6 / (2 · 3) = 1 exactly: the paper keeps α in (0, 1), so 1 is not a dynamic step."""
    grad, prev = torch.tensor([1.0, -1.0]), torch.tensor([-1.0, 0.0])  # ‖g‖₁ = 2, ‖g − g_prev‖₁ = 3
    live, ema = torch.tensor([1.0, 1.0]), torch.tensor([0.0, 0.0])  # ‖θ − θ*‖₁ = 2
    assert dynamic_alpha(grad, prev, live, ema, fallback=0.05) == (0.05, False)
    assert dynamic_alpha(grad, None, live, ema, fallback=0.05) == (0.05, False)
    assert dynamic_alpha(grad, prev, live, torch.tensor([0.0, -1.0]), fallback=0.05) == (pytest.approx(6 / 9), True)


def test_first_step_of_every_task_falls_back_and_later_steps_use_the_previous_gradient(monkeypatch):
    import methods.lcia as lcia_mod

    calls = []
    real = lcia_mod.dynamic_alpha

    def spy(grad, prev, live, ema, fallback=0.01):
        calls.append(None if prev is None else prev.clone())
        return real(grad, prev, live, ema, fallback)
    monkeypatch.setattr(lcia_mod, "dynamic_alpha", spy)
    learner = LCIA(info(2), lm=TINY, epochs=1, batch_size=6)  # 12 prompts: 2 steps per task
    tensors = len(learner.group_params("g0"))
    grads_seen = []
    original = learner.after_lora_step
    learner.after_lora_step = lambda grads: grads_seen.append(grads) or original(grads)
    for i, ins in enumerate([TRANSLATE, TRANSLATE_2]):  # one group: the same tensors carry over
        learner.train_experience(experience(i, ins))
    assert learner.experience_groups == ["g0", "g0"] and len(calls) == 4 * tensors
    for task in range(2):
        step1 = calls[2 * task * tensors : (2 * task + 1) * tensors]
        step2 = calls[(2 * task + 1) * tensors : (2 * task + 2) * tensors]
        assert all(c is None for c in step1), f"task {task}: step 1 must fall back"
        prev = grads_seen[2 * task]
        assert all(torch.equal(c, g) for c, g in zip(step2, prev.values())), "g_{t-1} is the previous step's"


def test_a_new_groups_theta_star_starts_at_its_initial_weights():
    learner = LCIA(info(2), lm=TINY, epochs=1, batch_size=6)
    learner.train_experience(experience(0, TRANSLATE))
    exp = experience(1, SUM)
    learner.group = learner.training_group(exp)
    assert learner.group == "g1"
    learner.ensure_group(learner.group)
    learner.activate(learner.group)
    init = {k: p.detach().clone() for k, p in learner.group_params("g1").items()}
    learner.before_experience(exp)
    assert any(v.abs().sum() > 0 for k, v in init.items() if "lora_A" in k)
    assert all(torch.equal(learner.ema["g1"][k], v) for k, v in init.items())


def test_training_one_group_leaves_the_others_bit_identical():
    learner = LCIA(info(2), lm=TINY, epochs=1, batch_size=6)
    learner.train_experience(experience(0, TRANSLATE))
    g0 = {k: p.detach().clone() for k, p in learner.group_params("g0").items()}
    learner.train_experience(experience(1, SUM))
    assert learner.experience_groups == ["g0", "g1"]
    assert all(torch.equal(learner.group_params("g0")[k], v) for k, v in g0.items())
    assert any(p.abs().sum() > 0 for k, p in learner.group_params("g1").items() if "lora_B" in k)


def test_mean_pairwise_tfidf_cosine_on_known_sets():
    """TF-IDF fitted on both sets (smooth idf: 'alpha' in both → 1, 'beta'/'gamma' → 1 + ln 1.5), then the
    mean of the cosine matrix: a mean, not a max, over pairs."""
    import math

    idf = 1 + math.log(1.5)
    assert mean_pairwise_similarity(["alpha beta"], [["alpha gamma"]]) == [pytest.approx(1 / (1 + idf ** 2))]
    sims = mean_pairwise_similarity(["alpha beta", "delta omega"], [["alpha beta"]])
    assert sims == [pytest.approx(0.5)]


def test_grouping_threshold_is_inclusive_and_groups_accumulate_instructions():
    sim = mean_pairwise_similarity(sorted(TRANSLATE_2), [sorted(TRANSLATE)])[0]  # the exact lists training sees
    learner = LCIA(info(2), lm=TINY, epochs=1, batch_size=12, grouping_threshold=sim)
    learner.train_experience(experience(0, TRANSLATE))
    learner.train_experience(experience(1, TRANSLATE_2))
    assert learner.experience_groups == ["g0", "g0"]
    assert learner.group_instructions["g0"] == sorted(set(TRANSLATE) | set(TRANSLATE_2))


def test_grouping_off_keeps_one_adapter_for_every_task():
    learner = LCIA(info(2), lm=TINY, epochs=1, batch_size=12, grouping=False)
    for i, ins in enumerate([TRANSLATE, SUM]):
        learner.train_experience(experience(i, ins))
    assert learner.experience_groups == ["g0", "g0"] and learner.groups == ["g0"]
    assert learner.prompt_groups([format_prompt(SUM[0], "1")]) == ["g0"]


def test_lora_ema_follows_the_live_weights_after_every_optimizer_step():
    """θ* starts at the initial LoRA weights and takes θ* ← (1 − α)θ* + αθ after each step; at α = 1 it is the
    live model, so lora_ema(α=1) is lora_seq exactly (the step's EMA comes after the optimizer step)."""
    torch.manual_seed(0)
    ema = LoRAEMA(info(1), ema_alpha=0.3, lm=TINY, epochs=1, batch_size=4)
    init = {k: p.detach().clone() for k, p in ema.group_params("g0").items()}
    lives = []
    original = ema.after_lora_step
    ema.after_lora_step = lambda grads: (
        lives.append({k: p.detach().clone() for k, p in ema.group_params("g0").items()}), original(grads))
    ema.train_experience(experience(0, TRANSLATE))
    expect = dict(init)
    for live in lives:
        expect = {k: 0.7 * expect[k] + 0.3 * live[k] for k in expect}
    assert len(lives) == 3
    assert all(torch.allclose(p, expect[k], atol=1e-6) for k, p in ema.group_params("g0").items())
    runs = []
    for cls, kw in ((LoRAEMA, {"ema_alpha": 1.0}), (LoRASeq, {})):
        torch.manual_seed(0)
        learner = cls(info(1), lm=TINY, epochs=1, batch_size=4, **kw)
        learner.train_experience(experience(0, TRANSLATE))
        runs.append(learner.group_params("g0"))
    assert all(torch.equal(runs[0][k], runs[1][k]) for k in runs[1])
    assert any(not torch.equal(runs[1][k], init[k]) for k in init)


# -- the official scripts' choices as options, and the record extras (issue 16) ---------------------------------
def test_per_pair_tfidf_with_english_stop_words_matches_the_official_pair_score():
    """LoRASelect.py fits TF-IDF on each (new, stored) pair alone with stop_words='english': 'which number
    is larger' vs 'which number is smaller' keep {number, larger} vs {number, smaller}; smooth idf gives
    number 1, larger/smaller ln(3/2) + 1, so cos = 1 / (1 + (ln 1.5 + 1)²)."""
    import math

    expected = 1 / (1 + (math.log(1.5) + 1) ** 2)
    got = mean_pairwise_similarity(["which number is larger"], [["which number is smaller"]], per_pair=True,
                                   stop_words="english")
    assert got == [pytest.approx(expected)]
    joint = mean_pairwise_similarity(["which number is larger"], [["which number is smaller"], ["add them"]])
    assert joint[0] != pytest.approx(expected)
    two = mean_pairwise_similarity(["a cat", "the dog"], [["a cat"]], per_pair=True, stop_words="english")
    assert two == [pytest.approx(0.5)]  # mean over pairs: (1 + 0) / 2
    # each pair's vectorizer sees that pair alone: a third instruction in the group changes no pair's idf
    # (fitted on the group's three, 'number' would get ln(4/3) + 1 and the first pair another cosine)
    wider = mean_pairwise_similarity(["which number is larger"], [["which number is smaller", "add the numbers"]],
                                     per_pair=True, stop_words="english")
    assert wider == [pytest.approx(expected / 2)]


def test_first_step_ema_init_copies_the_live_weights_after_the_first_step():
    """One step per task: with ema_init first_step θ* is the step-1 weights (the fallback step then leaves it),
    so the live weights end there; the paper's default θ* = 0.99 · initial + 0.01 · step-1 ends elsewhere."""
    ends = {}
    for init in ("first_step", "initial"):
        learner = LCIA(info(1), lm=TINY, epochs=1, batch_size=12, ema_init=init)  # 12 prompts: one step
        after_one = {}
        original = learner.after_lora_step
        learner.after_lora_step = lambda grads, lr=learner, o=original, a=after_one: (
            a.update({k: p.detach().clone() for k, p in lr.group_params("g0").items()}) or o(grads))
        learner.train_experience(experience(0, TRANSLATE))
        ends[init] = all(torch.allclose(p, after_one[k], rtol=1e-6, atol=1e-9)
                         for k, p in learner.group_params("g0").items())
    assert ends == {"first_step": True, "initial": False}


def test_latest_fallback_routes_an_unmatched_instruction_to_the_latest_group():
    learner = LCIA(info(2), lm=TINY, epochs=1, batch_size=12, test_fallback="latest", grouping_threshold=0.3)
    learner.train_experience(experience(0, TRANSLATE))
    learner.train_experience(experience(1, SUM))
    assert learner.experience_groups == ["g0", "g1"]
    p = [format_prompt("translate this sentence", "x"), format_prompt("zzz qqq", "x")]
    assert learner.prompt_groups(p) == ["g0", "g1"]
    best = LCIA(info(2), lm=TINY, epochs=1, batch_size=12)
    best.train_experience(experience(0, TRANSLATE))
    best.train_experience(experience(1, SUM))
    assert best.prompt_groups(p)[1] == "g0"  # 'best' keeps the argmax even at similarity 0


def test_record_extras_kept_fraction_alpha_by_size_and_group_reuse(monkeypatch):
    import methods.lcia as lcia_mod

    monkeypatch.setattr(lcia_mod, "dynamic_alpha", lambda g, prev, live, ema, fallback=0.01:
                        (0.5, True) if prev is not None else (fallback, False))
    learner = LCIA(info(2), lm=TINY, epochs=1, batch_size=4)  # 12 prompts: 3 steps per task
    for i in range(2):
        learner.train_experience(experience(i, TRANSLATE))
    rep = learner.report()
    assert rep["groups_reused"] == 1 and rep["experience_groups"] == ["g0", "g0"]
    sizes = {str(p.numel()) for p in learner.group_params("g0").values()}
    assert set(rep["kept_fraction_by_size"]) == sizes
    assert all(v == pytest.approx(0.99 * 0.5 * 0.5) for v in rep["kept_fraction_by_size"].values())
    counts = rep["alpha_by_size"]
    assert sum(c["dynamic"] for c in counts.values()) == 2 * 2 * len(learner.group_params("g0"))
    assert sum(c["fallback"] for c in counts.values()) == 2 * len(learner.group_params("g0"))
    assert all(c["mean_dynamic_alpha"] == pytest.approx(0.5) for c in counts.values())
    learner.predict([format_prompt(TRANSLATE_2[0], "x")])
    assert learner.report()["routes"] == {TRANSLATE_2[0]: "g0"}


def test_clipped_gradients_reach_the_alpha_when_asked():
    learner = LCIA(info(1), lm=TINY, epochs=1, batch_size=6, clip_grad_norm=1e-6)
    seen = []
    original = learner.after_lora_step
    learner.after_lora_step = lambda grads: seen.append(grads) or original(grads)
    learner.train_experience(experience(0, TRANSLATE))
    total = torch.sqrt(sum(g.pow(2).sum() for g in seen[0].values()))
    assert total <= 1e-6 * 1.01
