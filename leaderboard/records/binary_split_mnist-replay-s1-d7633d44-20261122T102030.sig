{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-replay-s1-d7633d44-20261122T102030",
 "hash": "40ac5e05e29260d40015fed021b8fc8689c05173cf96845ad0f62f62986cb4e3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "OKXt9qSGx+Tv3f+vne6sN8BLdsQHwGDM/9e/LLqXXvayGKlVAr7lV5BpawT7raTSVcdi3iLFSOEmJKXWN/i8BQ=="
}
