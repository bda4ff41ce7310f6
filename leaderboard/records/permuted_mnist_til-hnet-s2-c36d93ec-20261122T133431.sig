{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet-s2-c36d93ec-20261122T133431",
 "hash": "47870c80fc3d46fe9fecfdaa66b8fd7c75f9a74dc5176757027743bbf8854be4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "KnJ3cYi8jUXE8WoancZMra58G0zR2/7Kp1AXCQrtkhkJJC07cftpqFGSNtnKjUm3/AX/v9ygL3Cvxb1xFy3rBQ=="
}
