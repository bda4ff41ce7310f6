{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-naive-s1-b24640c3-20261203T084754",
 "hash": "9142899dfd7b7bc022b455857585e7d2f9250525b2c3ff9e1fda2b994b1d9a12",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:24+00:00",
 "signature": "cH3ij2NBFzqikUsSOZ7f9Q72MYwFj9p8Mvhg5b61mgQUGQbxbcYZGFpVaC3QcYbXa0mBVUNcn+EeH6my5mP0Cw=="
}
