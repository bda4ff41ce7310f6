{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-probe_finetune-s2-6d5eb07a-20261201T205617",
 "hash": "e4cab2d39261e9d5c3bc0dd7b164c52cb70f5f38b295ffdcfd497d17e1175d03",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "tfeecLCNjdoLyLhSZ2JRzXP4Kj8ufBF68RIEaVQttCZU0lTzIStmornhoSy4hqcpdZt5gKeW52hnPAXpuMMbDA=="
}
