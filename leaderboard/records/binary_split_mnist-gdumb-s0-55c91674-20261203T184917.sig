{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gdumb-s0-55c91674-20261203T184917",
 "hash": "e2f4324f90dd7e40217c7d9b2d93a0bc6af4786c593555d827475f37c0e11480",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:31+00:00",
 "signature": "/ekKZ4M6iYqTO1YiuY4EcNSyPOwH/ev9E6bbGbNJe8Dy7HqR6wr3c+j28dN3Phztn1GF9YzSBstjqLkkJbNAAw=="
}
