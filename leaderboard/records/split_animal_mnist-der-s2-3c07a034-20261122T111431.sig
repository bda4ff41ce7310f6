{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-der-s2-3c07a034-20261122T111431",
 "hash": "075c418e7e2502164e6708d7b5b9e8e7da6b06c42b8ee37080dda4b66f7da60c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "6zbaZ1o+s0vuoMY4CDY18A4Rw0xFrUnuqRQh2iT9AT8wZnnDuWviyrxluNHyP9ZQf13WPTB5E3KeWcHaYYAnBw=="
}
