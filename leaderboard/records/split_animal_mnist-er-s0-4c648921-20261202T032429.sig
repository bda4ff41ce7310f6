{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-er-s0-4c648921-20261202T032429",
 "hash": "1dbcd6a150736aa180f8a68509b0ac40ec5bc95de8f7da134961d0fb67101ad2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:04+00:00",
 "signature": "IVV6pK6nZIZ6mSRIWsFgiBwZdP6jnnIOd2pQv7MzNzZnZh73Bl2BGxOGZTcymvVIH8rps6vYk89Lb/MjkQf2AA=="
}
