{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-si-s2-bbfb0f72-20261203T190932",
 "hash": "3258d321c206deed12e32d3f15fe5aa2602feeea5a6852c1cec2352f221622e0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:48+00:00",
 "signature": "IDWvlW/ANaypRDEnbg7BLv07eP2qcpV2BEErx8bX91kYEMyMZVDGNiz8Or2LJZ0JwGFRO5qvxw4mLEacjtHZAA=="
}
