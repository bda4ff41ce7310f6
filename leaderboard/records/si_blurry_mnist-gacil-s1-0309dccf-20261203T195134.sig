{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-gacil-s1-0309dccf-20261203T195134",
 "hash": "f0e9717b37bcaae623cdd539d600b43a42a2fa419edd3c5de5086b6ded008b77",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:11:57+00:00",
 "signature": "DfXLmyC6qsqXEDFR0OKQqGi+Hh4++EGs03lAE5oA7HSwCYbwFk9BCVre8UYwp1EYEOmJFZwx4BaF6KQvHtNGCg=="
}
