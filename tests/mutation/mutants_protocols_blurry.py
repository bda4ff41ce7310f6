"""Plausible wrong variants of the Si-Blurry protocol, clbench/protocols/blurry.py (issue #15); run:
python tests/mutation/run.py protocols_blurry."""

BLU = "clbench/protocols/blurry.py"
# the stream tests, not the ones that run the runner end to end
TESTS = ["tests/test_blurry.py",
         "-k", "not a_run_records and not records_carry and not never_forgets and not other_protocols"]

MUTANTS = [
    # ---- Si-Blurry
    {"id": "blurry-streams-unshuffled", "file": BLU, "what": "Si-Blurry task streams not shuffled (strays at the end)",
     "old": "        streams.append(idx[torch.randperm(len(idx), generator=g)])", "new": "        streams.append(idx)"},
    {"id": "blurry-disjoint-floor", "file": BLU, "what": "disjoint classes rounded down to a multiple of the tasks",
     "old": "    n_disjoint = int(round(float(disjoint_ratio) * n))\n    disjoint, blurry",
     "new": "    n_disjoint = int(float(disjoint_ratio) * n) // n_experiences * n_experiences\n    disjoint, blurry"},
    {"id": "blurry-ratio-halved", "file": BLU, "what": "half the blurry ratio of samples stray",
     "old": "n_stray = int(sum(len(b) for b in blurry_idx) * float(blurry_ratio))",
     "new": "n_stray = int(sum(len(b) for b in blurry_idx) * float(blurry_ratio) / 2)"},
    {"id": "blurry-ratio-of-all-samples", "file": BLU,
     "what": "the stray fraction taken of all samples, not blurry ones",
     "old": "n_stray = int(sum(len(b) for b in blurry_idx) * float(blurry_ratio))",
     "new": "n_stray = int(sum(len(b) + len(o) for b, o in zip(blurry_idx, own_idx)) * float(blurry_ratio))"},
    {"id": "blurry-strays-stay-home", "file": BLU, "what": "strays dealt back to their own task",
     "old": "    stray = stray[torch.randperm(len(stray), generator=g)]\n", "new": ""},
    {"id": "blurry-strays-dropped", "file": BLU, "what": "stray samples taken out and never dealt back",
     "old": "        idx = torch.cat([own_idx[t], kept[t], stray[s : s + sizes[t]]])",
     "new": "        idx = torch.cat([own_idx[t], kept[t]])"},
    {"id": "blurry-disjoint-stray", "file": BLU, "what": "disjoint samples may stray as well",
     "old": "is_blurry = torch.tensor([int(c) in blurry_set for c in train_y[idx].tolist()], dtype=torch.bool)",
     "new": "is_blurry = torch.ones(len(idx), dtype=torch.bool)"},
    {"id": "blurry-empty-task-allowed", "file": BLU, "what": "a task may own no class",
     "old": "        if all(owned):\n            break", "new": "        if True:\n            break"},
    {"id": "blurry-test-all-present", "file": BLU, "what": "test sets from every class present in the stream",
     "old": "te = torch.isin(data.test_y, torch.tensor(classes, dtype=data.test_y.dtype)).nonzero().flatten()",
     "new": "te = torch.isin(data.test_y, torch.tensor(present, dtype=data.test_y.dtype)).nonzero().flatten()"},
    {"id": "blurry-new-classes-owned", "file": BLU, "what": "new classes from the owned classes only",
     "old": "new_classes=tuple(c for c in present if c not in seen), task_id=t,",
     "new": "new_classes=tuple(c for c in classes if c not in seen), task_id=t,"},
    {"id": "blurry-seed-ignored", "file": BLU, "what": "the Si-Blurry split ignores the seed",
     "old": "g = torch.Generator().manual_seed(int(seed) + 7)", "new": "g = torch.Generator().manual_seed(7)"},
    {"id": "blurry-eval-every-dropped", "file": BLU, "what": "si_blurry's eval_every not stored",
     "old": "        eval_every=int(eval_every) if eval_every else None, class_names",
     "new": "        eval_every=None, class_names"},
]
