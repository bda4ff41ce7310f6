{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-finetune-s0-ba01565a-20261122T104905",
 "hash": "851cf32b32413940844c1dd5954f11f26690114b3541cfeabc41ce2f1471efc4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "ZmVszNf/sRIkkl6C5iO3sSVV56krV5+AIo6PGL8OjjnQLP8ghL7DQva7/yLcAoirQKI3KtQDM3wqf+EOXTGxBA=="
}
