"""Plausible wrong variants of the frozen-backbone probes (methods/probe.py)."""

TESTS = ['tests/test_probe.py']

MUTANTS = [
    {'id': 'probe-joint-forgets',
     'file': 'methods/probe.py',
     'what': 'joint probe trains on the current experience only',
     'old': '    cumulative = True',
     'new': '    cumulative = False'},
    {'id': 'probe-no-subsample',
     'file': 'methods/probe.py',
     'what': 'probes use every image, not the first N',
     'old': 'if self.max_train and len(y) > self.max_train:',
     'new': 'if False:'},
    {'id': 'probe-last-n',
     'file': 'methods/probe.py',
     'what': "the last N images instead of SEMA/MOS's first N",
     'old': 'x, y = x[: self.max_train], y[: self.max_train]',
     'new': 'x, y = x[-self.max_train :], y[-self.max_train :]'},
    {'id': 'probe-features-below-last-block',
     'file': 'methods/probe.py',
     'what': 'features taken below the last block',
     'old': 'self.host.lower_features(x.cpu(), self.host.n_blocks)',
     'new': 'self.host.lower_features(x.cpu(), self.host.n_blocks - 1)'},
]
