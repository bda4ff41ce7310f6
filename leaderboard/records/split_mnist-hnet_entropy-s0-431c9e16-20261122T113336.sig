{
 "schema": "clbench.signature/1",
 "record": "split_mnist-hnet_entropy-s0-431c9e16-20261122T113336",
 "hash": "540a398c45cce91f481b40d086a5f7568afb39fb7c5d5c4b4fa0633ca11f1ac3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "ImRARnCvowdlL8G3yws4XPwlJNiuLaq1GAbAqWDyxc1EUXpCxWt8TPZFD4RrQ5WOgT/WGHLKKlO0zzlSsEY/Bw=="
}
