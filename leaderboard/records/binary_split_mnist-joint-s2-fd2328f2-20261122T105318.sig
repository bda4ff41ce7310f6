{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-joint-s2-fd2328f2-20261122T105318",
 "hash": "61af021c48e19b1ab42e48341406c8de4415f65938947120dc36a36dd39cd6b5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "HEghgbo1q1fSgXmWvbh2ByLf6ZdpzgmoQepg7JT0WycPh7h0oZ7cFz2unL+XDcRidPXQ6D3u3oFBaC7zw1/vBg=="
}
