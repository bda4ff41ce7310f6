{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-naive-s2-7a59448c-20261122T100114",
 "hash": "32f678d035f2f29d955b67929bfa504c6ed105349c382fb23f34e034601bea06",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "3SX4AUo5heENMIJaqx8EYxkBsh9I7kOzVYTjPRP8YmpCxiywQMRTDJz+9rTWTRXE4lQueaEUPv9E2B58VI8PDw=="
}
