{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-icarl-s0-51aceb6b-20261203T084507",
 "hash": "a2eb2a195ea7c5c0f1fc5475f336923ac848c15250bf085d9ed0f4ab0b4802ce",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:40+00:00",
 "signature": "G22rzGe8O4k7S3RrrXR5M3FExxTPJOzktwEYlsShBPlSWRpasQqO2+uygLiAXnLqipEbbzSTHywgL9odlNOSAw=="
}
