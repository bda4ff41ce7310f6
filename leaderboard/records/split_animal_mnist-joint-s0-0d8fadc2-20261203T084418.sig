{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-joint-s0-0d8fadc2-20261203T084418",
 "hash": "bae3c63772dfb34c40911a2a09bf6f7f607ea66a3d2b1e9b0302bde09ff95883",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:43+00:00",
 "signature": "3J2JyIgYlEfjsCjJWSUqs5ER67DQJ2/PPJnNXZQUDCm45HXTKtiMMu/5POg5q777CHnBvf+5GjbbfrcvdWdXCg=="
}
