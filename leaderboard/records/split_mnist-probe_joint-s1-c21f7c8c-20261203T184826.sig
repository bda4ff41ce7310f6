{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_joint-s1-c21f7c8c-20261203T184826",
 "hash": "596461c40298f8eba7ef51368455f533ef0491f4df1abab3e51fca353de3c8e7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:04+00:00",
 "signature": "1TiNZoYidWWer0JjRkAeUAPl8Zzpci0K/wqbu1SQ+ASC7aGC1/4RB91mwT+ihTq2UcApxwR+oslCetzwNShQCg=="
}
