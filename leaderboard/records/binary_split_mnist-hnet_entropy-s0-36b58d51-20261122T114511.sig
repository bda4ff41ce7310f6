{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_entropy-s0-36b58d51-20261122T114511",
 "hash": "a4e667e59ac5ee98ca71865d5fec7db266f4700b6357d9b97bb9900c402f0420",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "P4BZ+dAhjl+jSSHYPyk6X0ci2F8O994ViIRophnTotKq3p6jRUKHNNxrIHyz6UbGwb0s/m29hseXxn9cBgVdAQ=="
}
