{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-lwf-s2-d4ff6712-20261203T190346",
 "hash": "9a07649663382035db85c9c1ff2e6fa1415b5aeae194c4d53d76f6b6ada09383",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:13+00:00",
 "signature": "7DHJaHTeqdG8BShFXmc0aZtbSfE0xtUeF3GpaPWHszzRGBl2Ng5RmO4A07OeVBBa0f0XEDO+bXlCzc9tzoDrDQ=="
}
