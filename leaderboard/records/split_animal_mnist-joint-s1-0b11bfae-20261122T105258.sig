{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-joint-s1-0b11bfae-20261122T105258",
 "hash": "307637729914ceb654655727660665417dfdf9b532aad60101b8bf2b9397ba55",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "HZ2qW4sQ1VMMXcqWeEfG13MSn/h1amNahulrb5k//+axxEb2DpByWAmakpmIQswlJ8UgIis3obE4hLf1Dq0ZDg=="
}
