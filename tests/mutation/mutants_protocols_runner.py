"""Plausible wrong variants of the runner's chunked online loop (clbench/runner.py) and the SGD loop's stream
batch (issue #15); run: python tests/mutation/run.py protocols_runner."""

RUN = "clbench/runner.py"

TESTS = ["tests/test_online.py"]

MUTANTS = [
    {"id": "runner-no-chunks", "file": RUN, "what": "the runner hands over whole experiences on online streams",
     "old": "pieces = exp.chunks(scenario.eval_every) if scenario.eval_every else [exp]", "new": "pieces = [exp]"},
    {"id": "runner-samples-cumulative-wrong", "file": RUN, "what": "anytime sample counts not accumulated",
     "old": "                    state.samples_seen += piece.n_train",
     "new": "                    state.samples_seen = piece.n_train"},
    # killed by test_online.py::test_anytime_accuracy_is_over_the_classes_the_stream_has_shown_so_far
    # (one-sample chunks: the first evaluation's seen set is one class, its experience has two)
    {"id": "runner-seen-from-classes", "file": RUN,
     "what": "seen classes from the experience's class list (not the stream)",
     "old": "set(piece.train_y.unique().tolist()))\n", "new": "set(exp.classes))\n"},
    {"id": "sgd-ignores-stream-batch", "file": "clbench/learner.py", "what": "the SGD loop uses the method's batch",
     "old": "        batch_size = stream_batch or self.batch_size", "new": "        batch_size = self.batch_size"},
]
