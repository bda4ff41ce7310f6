{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lcia-s2-3c55eb97-20261122T113028",
 "hash": "10a876c9aaf35ab2769c3d149b2acbab4a0b6e1dbe8ef06999ab7876bbd34d3b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "Bo3mFpcRlDDAWbOJVlG1wxXtZ7SrMB2pwH+fplXvg0uW+ZCo9r5szrmDA7nETmZwuhF/K8kbaZ3TdTnr+IP+CQ=="
}
