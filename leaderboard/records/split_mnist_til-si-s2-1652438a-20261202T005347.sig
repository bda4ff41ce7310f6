{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s2-1652438a-20261202T005347",
 "hash": "ce999f1cb9e471ad250f6b4089dedf502b9fe0bac03d00742a47b94dad1a565c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "xMle8Olts+pmES75XfjTaClKbTo9jpt3c11urExL6qpYOSIe1CiV8oKjt15bWjpHImJjC58nDksV+AdQd97JAA=="
}
