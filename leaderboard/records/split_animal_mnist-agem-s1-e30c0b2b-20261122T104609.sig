{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-agem-s1-e30c0b2b-20261122T104609",
 "hash": "9c65d29c77d929f0e5415892076133ce120dc71545bbcca7c08debc9224c2a7f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "V37Ka0vbSDdyT8actXjSlErxYrpkYnQ1C9BCKVjDAnkPw3wVTR2QuTXrIq4AgqvH0tdyc2KkkgWx8QwmXns4CA=="
}
