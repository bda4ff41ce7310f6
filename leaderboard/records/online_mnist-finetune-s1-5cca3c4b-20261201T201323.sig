{
 "schema": "clbench.signature/1",
 "record": "online_mnist-finetune-s1-5cca3c4b-20261201T201323",
 "hash": "6d1c98048e8c42b429dd0233afc4ea492b664b7ca9f23a3cb819494d81bda8c8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "IMlX9emA+SKrmYRkv7K7wBN5ugQNN0CvfryrWKLgkt+fcDfVxmjIsitHttxzJ5mcTMAgfN/YxKVM7QHLbqv5Ag=="
}
