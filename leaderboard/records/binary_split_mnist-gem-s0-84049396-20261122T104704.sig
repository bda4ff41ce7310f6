{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gem-s0-84049396-20261122T104704",
 "hash": "36f63865d41d26d90c81f5e3b61a750866f0e032814534b5b68105272133f269",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "yu4fvgW8p3ocmZbuxZvSFbxYeT9ufZVvE4ldT13F++/CwTI2s4yW8lCh7GDQOXV0eqSFIoly2b9xRC1jVoxvAg=="
}
