"""Plausible wrong variants of the protocols (clbench/protocols/*.py, clbench/scenario.py) and of the runner's
chunked online loop (issue #15); run: python tests/mutation/run.py protocols."""

INC = "clbench/protocols/incremental.py"
BLU = "clbench/protocols/blurry.py"
ONL = "clbench/protocols/online.py"
TXT = "clbench/protocols/text.py"
SCN = "clbench/scenario.py"
RUN = "clbench/runner.py"
# test_scenario.py without the three tests that load MNIST / Animal-MNIST from disk or run a whole benchmark.
# Si-Blurry's mutants are in mutants_protocols_blurry.py, the runner's chunked loop in mutants_protocols_runner.py
# (each list with only the tests that concern it, so a run of all three stays within minutes).
TESTS = ["tests/test_scenario.py", "-k", "not mnist_source and not animal_mnist and not few_shot_benchmark_runs"]

MUTANTS = [
    # ---- online
    {"id": "online-eval-every-dropped", "file": ONL, "what": "the online scenario without its evaluation period",
     "old": "    scenario.eval_every = int(eval_every)\n", "new": "    scenario.eval_every = None\n"},
    {"id": "online-experience-unmarked", "file": ONL, "what": "single_pass marked on the scenario only",
     "old": "        exp.meta = {**exp.meta, \"single_pass\": True, \"stream_batch_size\": int(stream_batch_size)}",
     "new": "        exp.meta = dict(exp.meta)"},
    {"id": "online-stream-batch-default", "file": ONL, "what": "stream_batch_size not passed on (always 10)",
     "old": "\"single_pass\": True, \"stream_batch_size\": int(stream_batch_size)}\n    for exp",
     "new": "\"single_pass\": True, \"stream_batch_size\": 10}\n    for exp"},
    {"id": "chunks-overlap", "file": SCN, "what": "chunks overlap by one sample",
     "old": "replace(self, train_x=self.train_x[s : s + size], train_y=self.train_y[s : s + size],",
     "new": "replace(self, train_x=self.train_x[s : s + size + 1], train_y=self.train_y[s : s + size + 1],"},
    {"id": "chunks-unnumbered", "file": SCN, "what": "every chunk numbered 0",
     "old": "                    chunk=k, n_chunks=len(starts))",
     "new": "                    chunk=0, n_chunks=len(starts))"},
    {"id": "without-test-keeps-test", "file": SCN, "what": "the training view keeps the test split",
     "old": "return replace(self, test_x=self.test_x[:0], test_y=self.test_y[:0])", "new": "return replace(self)"},
    # ---- class / task incremental
    {"id": "class-order-unshuffled", "file": SCN, "what": "the seed never shuffles the class order",
     "old": "    if not shuffle:\n        return list(range(n_classes))",
     "new": "    if True:\n        return list(range(n_classes))"},
    {"id": "class-order-seed-ignored", "file": SCN, "what": "the class order drawn from a fixed seed",
     "old": "g = torch.Generator().manual_seed(int(seed))\n    return torch.randperm(n_classes, generator=g).tolist()",
     "new": "g = torch.Generator().manual_seed(0)\n    return torch.randperm(n_classes, generator=g).tolist()"},
    {"id": "class-order-not-validated", "file": SCN, "what": "a given class order not checked to be a permutation",
     "old": "        if sorted(order) != list(range(n_classes)):", "new": "        if False:"},
    {"id": "groups-off-by-one", "file": INC, "what": "class groups shifted by one class",
     "old": "        out.append(order[s : s + size])",
     "new": "        out.append(order[s + 1 : s + size + 1] or order[:size])"},
    {"id": "first-experience-ignored", "file": INC, "what": "first_experience_classes ignored",
     "old": "        if first is not None:", "new": "        if False:"},
    {"id": "stream-unshuffled", "file": INC, "what": "an experience's stream in dataset order (classes in blocks)",
     "old": "        tr = tr[torch.randperm(len(tr), generator=g)]  # a stream mixes its classes",
     "new": "        tr = tr"},
    {"id": "stream-shuffle-unseeded", "file": INC, "what": "the stream shuffle not seeded",
     "old": "    g = torch.Generator().manual_seed(int(seed) + 1)\n    experiences = []\n    for i, classes in "
            "enumerate(groups):",
     "new": "    g = torch.Generator().manual_seed(torch.seed())\n    experiences = []\n    for i, classes in "
            "enumerate(groups):"},
    {"id": "test-shuffled-too", "file": INC, "what": "test samples taken with the training indices' shuffle",
     "old": "        te = _select(data.test_y, classes)\n",
     "new": "        te = _select(data.test_y, classes).flip(0)\n"},
    {"id": "task-id-constant", "file": INC, "what": "every experience has task id 0",
     "old": "classes=tuple(classes), new_classes=tuple(classes), task_id=i,",
     "new": "classes=tuple(classes), new_classes=tuple(classes), task_id=0,"},
    {"id": "task-ids-at-test-always", "file": INC, "what": "class-IL scenarios claim task ids at test",
     "old": "        seed=seed, input_shape=tuple(train_x.shape[1:]), task_ids_at_test=task_ids_at_test,\n"
            "        class_names",
     "new": "        seed=seed, input_shape=tuple(train_x.shape[1:]), task_ids_at_test=True,\n        class_names"},
    # ---- domain incremental
    {"id": "permute-same-for-all", "file": INC, "what": "one permutation for every experience",
     "old": "            perm = torch.randperm(n_pixels, generator=g)\n",
     "new": "            perm = torch.randperm(n_pixels, generator=torch.Generator().manual_seed(int(seed)))\n"},
    {"id": "identity-first-ignored", "file": INC, "what": "identity_first ignored",
     "old": "            if identity_first and i == 0:", "new": "            if False:"},
    {"id": "domain-train-unshuffled", "file": INC, "what": "domain streams in dataset order",
     "old": "        order = torch.randperm(len(tr), generator=g)\n", "new": "        order = torch.arange(len(tr))\n"},
    {"id": "domain-test-shuffled", "file": INC, "what": "domain test data shuffled with the training order",
     "old": "train_y=data.train_y[order], test_x=te, test_y=data.test_y,",
     "new": "train_y=data.train_y[order], test_x=te.flip(0), test_y=data.test_y,"},
    {"id": "domain-new-classes-every-time", "file": INC, "what": "every domain experience claims new classes",
     "old": "new_classes=classes if i == 0 else ()", "new": "new_classes=classes"},
    {"id": "rotate-schedule-360", "file": INC, "what": "rotations over 360 degrees",
     "old": "[i * 180.0 / n_experiences for i in range(n_experiences)]",
     "new": "[i * 360.0 / n_experiences for i in range(n_experiences)]"},
    {"id": "rotate-wrong-angle", "file": INC, "what": "rotated by the previous experience's angle",
     "old": "tr, te = _rotate(train_x, angles[i]), _rotate(test_x, angles[i])",
     "new": "tr, te = _rotate(train_x, angles[i - 1]), _rotate(test_x, angles[i - 1])"},
    # ---- few-shot
    {"id": "few-shot-shots-plus-one", "file": INC, "what": "k+1 shots per class",
     "old": "generator=g)[:shots]]", "new": "generator=g)[: shots + 1]]"},
    {"id": "few-shot-base-subsampled", "file": INC, "what": "the base experience cut to k shots too",
     "old": "    for exp in scenario.experiences[1:]:\n        keep = []",
     "new": "    for exp in scenario.experiences:\n        keep = []"},
    {"id": "few-shot-first-k", "file": INC, "what": "the first k samples instead of k random ones",
     "old": "keep.append(idx[torch.randperm(len(idx), generator=g)[:shots]])", "new": "keep.append(idx[:shots])",
     "equivalent": "the experience's stream is already a seeded shuffle, so its first k samples of a class are a "
                   "uniform random k-subset as well: a different draw from the same distribution"},
    # ---- instruction stream
    {"id": "text-task-order-ignored", "file": TXT, "what": "task_order ignored",
     "old": "        order = [names.index(t) for t in task_order]",
     "new": "        order = list(range(data.n_classes))"},
    {"id": "text-shuffle-ignored", "file": TXT, "what": "shuffle_tasks ignored",
     "old": "    elif shuffle_tasks:", "new": "    elif False:"},
    {"id": "text-train-unshuffled", "file": TXT, "what": "text training samples in source order",
     "old": "        tr = tr[torch.randperm(len(tr), generator=g)].tolist()", "new": "        tr = tr.tolist()"},
    {"id": "text-task-id-is-task", "file": TXT, "what": "task id = the task's source index, not its position",
     "old": "classes=(t,), new_classes=(t,), task_id=i,", "new": "classes=(t,), new_classes=(t,), task_id=t,"},
]
