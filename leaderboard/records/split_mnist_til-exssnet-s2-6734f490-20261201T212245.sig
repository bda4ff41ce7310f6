{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-exssnet-s2-6734f490-20261201T212245",
 "hash": "eb1faa6b51e09cafa1dbe3d22e4d7c60290a2e5aab7c34810b38f84725613537",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "WG+DisF8zjeo9DAOFsqsZNx9ckOirxtEvWYPgl1cLhkEUuhREzq7zi8I7dJMV8YVjE0r87SunD1Cz8YSsq4hCA=="
}
