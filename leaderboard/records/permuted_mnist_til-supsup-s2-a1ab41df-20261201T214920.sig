{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-supsup-s2-a1ab41df-20261201T214920",
 "hash": "0bf9d6fa24684967bd4d1b34c29a039d4141ae42d2c40b5a4c08771012ca5dd5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "ObiIoLtTxKlGDrypsLGOo5Ihfbv5pe7plc2K35EFnwVyshTtbzcB+YaqbB7uRuv3Cz2fghOtYQmYg8bpJuqbCg=="
}
