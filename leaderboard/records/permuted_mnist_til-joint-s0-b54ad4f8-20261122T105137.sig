{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-joint-s0-b54ad4f8-20261122T105137",
 "hash": "fc7447098c8397e0c84ea4b1f079e6d54f55f79df2a834d89c7256ff0c374dc8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "FTXreysGCxhSR9AxLobm/scCIvk/dbY8VkoPPvCS3X5lDuTLN/U0fIYZfpzrxZ0f7/IwXXEfq64T2qNJ7DgxDA=="
}
