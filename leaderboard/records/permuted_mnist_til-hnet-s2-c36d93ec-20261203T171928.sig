{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet-s2-c36d93ec-20261203T171928",
 "hash": "3adf2437e25b16b61753e760f28c3e23be8d4a1bde8f2446b9488e03a0d3d825",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:47+00:00",
 "signature": "DzJTIkDetXVfu/iYCtsCTTFTxf8Sf17eIKU15ZX0xYN+6d6e/YtcgM6Q0/b0TGSvXWGn99kIurFBR7wnQeWCCQ=="
}
