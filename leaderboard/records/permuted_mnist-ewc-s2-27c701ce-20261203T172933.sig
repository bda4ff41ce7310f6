{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-ewc-s2-27c701ce-20261203T172933",
 "hash": "2215e701ef2b157eef390fadfb547a23b5b35aed08bfae5cd06a19ea646e0f0b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:35:42+00:00",
 "signature": "CvqU8+kS5Dpfo/pIkN7T8IawBGdJwOBRuyMHdzQUFF5Jj6j0nYzdJxP/tOtf5ZDP/u197BYG6HxgLG3X7uFKDw=="
}
