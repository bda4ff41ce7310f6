{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-er-s2-85d52f5b-20261202T032509",
 "hash": "79873858ebb4bffdcdd31b6cff9fa5d6833c1bec476219d7927f6659940f527a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:07+00:00",
 "signature": "L9CVms6G/cZleIbZcO3S6KEXsrz7U01MOc/hruiKXkyMXq3EMaQqFzQr9hOSJh+u9JCWzPgmjPIaZ/it6XHoAg=="
}
