{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s0-fcef96da-20261201T215309",
 "hash": "98c434faaa72dd977a2d331373fc0165d945c97f9e08823d2a9267b38cfe9ff2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "jcTnJ7oLUVBBAbLCLccbcaj6asB9zC+zY4p7oxk6TQmXhMrnVWQvt5Kax/TiVN5W0flFiJ0v2FUD0ZEl4kPfDw=="
}
