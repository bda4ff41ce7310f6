{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-hnet_rnn-s1-ed263273-20261122T114344",
 "hash": "35e0e58409ee6d030245f90b36a201d85f99ff88d65ed3a3293eb99cbabe2be6",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "qZyZ6yk0sO6/H8WTzMThaBCEcgyTIB5yezuDSv2fidicl/BQsemeKLIw4x/d4RvwP6nUOblO0ThcMnlG01tXCA=="
}
