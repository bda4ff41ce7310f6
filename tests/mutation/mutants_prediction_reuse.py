"""Plausible wrong variants of the evaluator's reuse of remembered predictions (Learner.prediction_state,
clbench/evaluate.py, issue 19); run: python tests/mutation/run.py prediction_reuse."""

F = "clbench/evaluate.py"
TESTS = ["tests/test_prediction_reuse.py"]

MUTANTS = [
    {"id": "reuse-ignores-token", "file": F, "what": "remembered logits reused whatever the learner's token",
     "old": "if entry[2] != tuple(exp.classes) or entry[3] != token:", "new": "if entry[2] != tuple(exp.classes):"},
    {"id": "reuse-ignores-test-set", "file": F, "what": "remembered logits reused for another scenario's test set",
     "old": "if entry is None or entry[0] is not exp.test_x or entry[1] is not exp.test_y:",
     "new": "if entry is None:"},
    {"id": "reuse-ignores-batch-size", "file": F, "what": "remembered logits reused at another batch size",
     "old": "(exp.index, int(batch_size), scenario.output", "new": "(exp.index, scenario.output"},
    {"id": "reuse-one-memory-for-all-learners", "file": F, "what": "one memory shared by every learner",
     "old": "memory = _MEMORY.setdefault(learner, {})", "new": "memory = _MEMORY.setdefault(Learner, {})"},
    {"id": "reuse-never-remembers", "file": F, "what": "predictions never remembered (no reuse at all)",
     "old": "        memory[key] = (exp.test_x, exp.test_y, tuple(exp.classes), token, value)", "new": "        pass"},
    {"id": "reuse-none-token-reuses", "file": F, "what": "a learner without a token (None) reuses too",
     "old": "    if token is None:\n        return None, None\n", "new": ""},
    {"id": "reuse-text-never", "file": F, "what": "text streams never reuse",
     "old": "    for s in range(0, len(exp.test_y) if remembered is None else 0, batch_size):",
     "new": "    remembered = None\n    for s in range(0, len(exp.test_y), batch_size):"},
]
