{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-icarl-s2-cf358e5e-20261203T192517",
 "hash": "40a65088de45b0a710a3fc70a7e6c54181d9f48afdd927c824351bd97c9808d1",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:34+00:00",
 "signature": "nwfFyA828O9HcB71+Rb1FDGsctJazlOrrp1ot84O+hJND+yA2W/JxyuXzOd2UVntRyzXbUX5Kx3PTG674nIZDg=="
}
