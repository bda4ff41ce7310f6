{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-er-s0-4c648921-20261122T102255",
 "hash": "8eb86a58eb004d8487a593292ab53b4e91d774e1fefa29565b4a24fa23b917e3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "OsHAS/9rx1As3Z1XFL+secY4SawWQYHV5uMgtid9aCkpfyJSuESB8kdL/lFDVYNneOJt/XmJ08l8sHkYg/miCQ=="
}
