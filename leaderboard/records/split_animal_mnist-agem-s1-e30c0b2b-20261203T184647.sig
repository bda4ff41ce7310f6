{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-agem-s1-e30c0b2b-20261203T184647",
 "hash": "a3dd65e982b31069bda8bc864b1c069e3f404461e8ffc9c8cdcf21673f2e83b0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:49+00:00",
 "signature": "BBRRap0VqKkFaYNjP9sED19IjNWx2bzX9g1V2NwmjElTbhvhzzlgIlYOdvAxq0eJzJAPqBVRvctxOs5HNFfiDg=="
}
