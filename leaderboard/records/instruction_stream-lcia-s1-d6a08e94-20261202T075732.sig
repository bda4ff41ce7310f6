{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lcia-s1-d6a08e94-20261202T075732",
 "hash": "bc8282376b0adb150fe75f64655b35597202be97df051b0c111c72cd3d64eb23",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T08:11:22+00:00",
 "signature": "fqAPi94H1Z2nxBaclfCjcCdymvP0uOh/+gdRfQytCActCe3LQFVw9+gvwv55CslBeAo4UgiUnorJQEH6SxcTAA=="
}
