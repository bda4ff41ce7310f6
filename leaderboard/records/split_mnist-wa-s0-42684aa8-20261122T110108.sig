{
 "schema": "clbench.signature/1",
 "record": "split_mnist-wa-s0-42684aa8-20261122T110108",
 "hash": "eb07a4133b4556b396b9456f9a32458ce77acb3e75665d12aa2bcc4206f22093",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "Nk92oojYtQ5jdsh5e829Ti2lZ6wkUn/W8cxDzN0cMw0doJG5NuYB8a+DIz+XJbR4jZotetIUm7uRiNyBtaJtBQ=="
}
