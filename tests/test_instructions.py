"""The instruction stream: task generators, seeded disjoint splits, the protocol, the tiny LM's pieces, and a
text method end to end through the runner (tiny sizes: seconds)."""

from __future__ import annotations

import json
import random

import pytest
import torch

from benchmarks.instructions import TASKS, generate_task, instructions
from clbench.errors import ClbenchError
from clbench.protocols.text import format_prompt, instruction_stream, split_prompt
from methods.common import tiny_lm

TINY_LM = "{d_model:16,n_layers:1,n_heads:2,max_len:48,steps:3,batch_size:8}"


@pytest.mark.parametrize("task,x,y", [
    ("add", "7+8", "15"), ("copy", "abc", "abc"), ("reverse", "abc", "cba"), ("sort", "dbc", "bcd"),
    ("count", "aa", "2"), ("upper", "abc", "ABC"), ("digit_word", "407", "four zero seven"),
    ("parity", "37", "odd"), ("parity", "40", "even"),
])
def test_each_task_computes_its_skill(task, x, y):
    assert TASKS[task][2](x) == y
    assert x in TASKS[task][1]()


def test_at_least_eight_tasks_with_their_own_templates():
    templates = [t for ts, _, _ in TASKS.values() for t in ts]
    assert len(TASKS) >= 8 and len(templates) == len(set(templates))


def test_splits_are_seeded_and_disjoint():
    a = generate_task("reverse", 50, 20, split_seed=0)
    assert a == generate_task("reverse", 50, 20, split_seed=0)
    assert a[0] != generate_task("reverse", 50, 20, split_seed=1)[0]
    assert not set(a[0]) & set(a[2])
    assert all(TASKS["reverse"][2](split_prompt(p)[1]) == t for p, t in zip(a[0] + a[2], a[1] + a[3]))


def test_prompt_format_round_trips_and_refuses_newlines():
    assert split_prompt(format_prompt("sort these", "cab")) == ("sort these", "cab")
    with pytest.raises(ClbenchError) as e:
        format_prompt("a\nb", "x")
    assert str(e.value) == "instruction 'a\\nb' contains a newline; write instructions on one line."


def test_protocol_gives_one_text_experience_per_task():
    data = instructions(tasks=["copy", "add", "parity"], n_train=10, n_test=4)
    sc = instruction_stream(data, seed=0, task_order=["parity", "copy", "add"])
    assert sc.output == "text" and sc.n_classes == 3 and sc.input_shape is None
    assert [e.meta["task"] for e in sc] == ["parity", "copy", "add"]
    assert [e.classes for e in sc] == [(2,), (0,), (1,)]
    assert all(len(e.train_x) == 10 and len(e.test_y) == 4 and isinstance(e.test_x[0], str) for e in sc)
    assert set(sc[0].train_y) <= {"even", "odd"}


def test_bad_stream_options_are_one_sentence():
    data = instructions(tasks=["copy", "add"], n_train=5, n_test=2)
    with pytest.raises(ClbenchError) as e:
        instruction_stream(data, task_order=["copy", "nope"])
    assert str(e.value) == ("task_order ['copy', 'nope'] must name distinct tasks of the source (copy, add); "
                            "fix benchmark.protocol_args.task_order.")
    with pytest.raises(ClbenchError) as e:
        generate_task("add", 290, 20)
    assert str(e.value) == ("task 'add' has 300 distinct prompts, fewer than n_train + n_test = 310; "
                            "lower benchmark.source_args.n_train or n_test.")


def _agreement(f, g, inputs) -> tuple[int, int]:
    """(inputs where f and g give the same output, inputs where both are defined)."""
    same = both = 0
    for x in inputs:
        try:
            a, b = f(x), g(x)
        except (ValueError, TypeError, IndexError):  # e.g. int('a'), ord('abc'): the task does not apply
            continue
        both += 1
        same += a == b
    return same, both


def test_the_tiny_lms_base_mixture_shares_no_task_or_template_with_the_stream():
    """The tiny LM is pretrained on tasks outside the stream (methods.common.tiny_lm), so what LoRA learns on
    the stream is new to it. Checked on the mappings, not on names: on the stream task's inputs plus 300 of
    the base task's own, no base task gives a stream task's output more than half the time (the highest is
    25 %: 'subtract the digits' and 'add' agree when the second digit is 0); a base task that were a stream
    task would score 100 %. Templates and rendered prompts are disjoint too."""
    rng = random.Random(0)
    for templates, sample, base_target in tiny_lm.BASE_TASKS:
        base_inputs = [sample(rng) for _ in range(300)]
        for name, (_, inputs, target) in TASKS.items():
            same, both = _agreement(base_target, target, inputs() + base_inputs)
            assert same <= 0.5 * both, f"base task '{templates[0]}' computes stream task '{name}'"
    base_templates = {t for ts, _, _ in tiny_lm.BASE_TASKS for t in ts}
    stream_templates = {t for ts, _, _ in TASKS.values() for t in ts}
    assert len(base_templates) == 2 * len(tiny_lm.BASE_TASKS) and not base_templates & stream_templates
    stream_prompts = {p for name in TASKS for split in generate_task(name, 200, 40)[::2] for p in split}
    base_prompts, _ = tiny_lm.base_mixture_batch(random.Random(1), 2000)
    assert {split_prompt(p)[0] for p in base_prompts} == base_templates  # every base template was drawn
    assert not set(base_prompts) & stream_prompts


def test_loss_labels_only_the_target_and_eos():
    tok = tiny_lm.CharTokenizer()
    ids, labels = tiny_lm.encode_pairs(tok, ["ab\n", "a\n"], ["cd", "x"], 32)
    assert ids[0].tolist()[:6] == tok.encode("ab\ncd") + [tok.eos_id]
    # label at position i is token i + 1, only where that token belongs to the target (or is EOS)
    assert labels[0].tolist()[:6] == [-100, -100, tok.encode("c")[0], tok.encode("d")[0], tok.eos_id, -100]
    assert labels[1].tolist()[:4] == [-100, tok.encode("x")[0], tok.eos_id, -100]


def test_greedy_decoding_reads_each_row_at_its_own_length():
    tok = tiny_lm.CharTokenizer()

    def echo(ids):  # predicts the current token again: every row repeats its own last character
        return torch.nn.functional.one_hot(ids, tok.vocab_size).float()

    assert tiny_lm.greedy_generate(echo, tok, ["xy", "abcd"], max_new=3, max_len=32) == ["yyy", "ddd"]


def test_pretrained_tiny_lm_is_cached_and_keeps_the_callers_rng(tmp_path, monkeypatch):
    monkeypatch.setenv("CLBENCH_CACHE", str(tmp_path))
    torch.manual_seed(3)
    expected = torch.rand(1)
    torch.manual_seed(3)
    m1, _ = tiny_lm.pretrained_tiny_lm(d_model=16, n_layers=1, n_heads=2, max_len=48, steps=2, batch_size=4, seed=7)
    assert torch.equal(torch.rand(1), expected)
    assert len(list(tmp_path.glob(f"{tiny_lm.VERSION}-*.pt"))) == 1
    m2, _ = tiny_lm.pretrained_tiny_lm(d_model=16, n_layers=1, n_heads=2, max_len=48, steps=2, batch_size=4, seed=7)
    assert all(torch.equal(a, b) for a, b in zip(m1.state_dict().values(), m2.state_dict().values()))


def test_text_method_runs_end_to_end_through_the_runner(compose_run):
    from clbench.runner import run

    cfg = compose_run("method=lora_seq", "benchmark=instruction_stream", f"++method.lm={TINY_LM}",
                      "method.epochs=1", "method.max_new_tokens=4", "+benchmark.source_args.tasks=[copy,add]",
                      "benchmark.source_args.n_train=8", "benchmark.source_args.n_test=3")
    rec = json.loads(run(cfg, echo=lambda *_: None).read_text())
    assert rec["status"] == "complete" and rec["scenario"]["protocol"] == "instruction_stream"
    assert len(rec["accuracy_matrix"]) == 2 and all(len(r) == 2 for r in rec["accuracy_matrix"])
    assert rec["metrics"]["fwt"] is None and rec["random_init_accuracy"] is None


def test_text_method_on_a_logits_benchmark_is_refused(compose_run):
    from clbench.runner import run

    with pytest.raises(ClbenchError) as e:
        run(compose_run("method=lcia", "benchmark=split_digits"), echo=lambda *_: None)
    assert str(e.value) == ("method 'lcia' produces text but benchmark 'split_digits' is scored on logits; "
                            "pick a logits method for it.")


def test_cached_decoding_gives_the_same_texts_as_full_recompute():
    """The key/value cache changes cost, not output: on a small pretrained LM (two layers, the stream's
    max_len; 200 pretraining steps, not the default's 1,500, which cost minutes on a fresh cache in the fast
    tier) with a non-zero LoRA group, every test prompt of the stream decodes to the same text both ways."""
    from clbench.registry import build_method
    from clbench.runner import build_scenario

    scenario = build_scenario({"name": "instruction_stream", "output": "text", "source": "instructions",
                               "source_args": {"n_train": 8, "n_test": 40, "split_seed": 0},
                               "protocol": "instruction_stream", "protocol_args": {}}, 0)
    lm = {"d_model": 32, "n_layers": 2, "n_heads": 2, "max_len": 64, "steps": 200, "batch_size": 16}
    learner = build_method("lora_seq", scenario.info(), {"lm": lm})
    g = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for name, p in learner.model.named_parameters():
            if "lora_B" in name:  # peft starts B at 0 (a no-op adapter): make the adapter matter
                p.copy_(0.05 * torch.randn(p.shape, generator=g))
    prompts = [x for exp in scenario for x in exp.test_x]
    plain = tiny_lm.greedy_generate(learner._forward, learner.tok, prompts, 16, learner.max_len)
    cached = tiny_lm.greedy_generate(learner._forward, learner.tok, prompts, 16, learner.max_len,
                                     decoder=learner._decoder())
    assert learner.predict(prompts) == cached
    assert cached == plain
    assert len(set(plain)) > 10  # real, varied outputs, not one repeated string


def test_the_tiny_lm_decoder_counts_each_step_once_and_the_same_flops_as_a_plain_counter(counters_entered):
    """Every cached decoding step attends over the whole fixed-size cache, so within one call it costs the
    same: the meter measures the first step (compute.repeated) and adds it for the rest. The count must equal
    a plain counter over the same decoding, and the steps after the first must run with no counter."""
    from clbench import compute
    from clbench.compute import ComputeMeter, total_flop_counter
    from clbench.registry import build_method
    from clbench.runner import build_scenario

    scenario = build_scenario({"name": "instruction_stream", "output": "text", "source": "instructions",
                               "source_args": {"n_train": 8, "n_test": 6, "split_seed": 0},
                               "protocol": "instruction_stream", "protocol_args": {}}, 0)
    lm = {"d_model": 32, "n_layers": 2, "n_heads": 2, "max_len": 64, "steps": 200, "batch_size": 16}
    learner = build_method("lora_seq", scenario.info(), {"lm": lm})
    prompts = [x for exp in scenario for x in exp.test_x][:10]

    def decode(ids, lengths, max_new, eos_id):  # an EOS that never comes: all 16 steps run
        return learner._decoder()(ids, lengths, max_new, -1)

    def run() -> list[str]:
        return tiny_lm.greedy_generate(learner._forward, learner.tok, prompts, 16, learner.max_len, decoder=decode)

    with torch.inference_mode(), total_flop_counter() as plain:
        expected = run()
    counters_entered.clear()
    meter = ComputeMeter()
    with compute.use(meter), torch.inference_mode():
        meter.begin_experience(0)
        assert compute.step("eval", run, key=None, samples=len(prompts)) == expected
        meter.end_experience()
    assert meter.totals()["eval_flops"] == int(plain.get_total_flops()) > 0
    assert len(counters_entered) == 2  # the batch's counter and the first step's, not one per step


def test_collect_ends_a_row_at_its_eos_and_takes_nothing_after():
    out, done = [[], []], torch.zeros(2, dtype=torch.bool)
    tiny_lm._collect(torch.tensor([5, 9]), done, out, eos_id=9)
    tiny_lm._collect(torch.tensor([6, 7]), done, out, eos_id=9)
    assert out == [[5, 6], []] and done.tolist() == [False, True]
