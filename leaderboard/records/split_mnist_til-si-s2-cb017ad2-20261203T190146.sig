{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s2-cb017ad2-20261203T190146",
 "hash": "c35fc0d3478edbd72d25a057f3ce9057b2492283a9169f93e18166ab3b3057c6",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:27+00:00",
 "signature": "Im1/1kaAiUeRCmsOThiWw35455tJCmG4fx8yaXGFO7W0oLldW+MpX72LHqFhK/yCbPIfavDyTkejsP2wqs8TAw=="
}
