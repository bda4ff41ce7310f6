{
 "schema": "clbench.signature/1",
 "record": "split_mnist-agem-s1-9b94add0-20261203T191329",
 "hash": "f4f73c7d9b3a3d3f077f303b63106d4de35bef8a9fec112a02cb64805b001d76",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:57+00:00",
 "signature": "xPcks7BnhxuHsV+bZifMlASJmv/M79Cv9RzYn10NvfeuAcXCrKkGwFdKcOnAvCgYdoKfSiSniOt1F/WWn9JEAw=="
}
