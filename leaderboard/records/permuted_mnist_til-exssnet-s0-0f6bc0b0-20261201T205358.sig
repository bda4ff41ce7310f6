{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-exssnet-s0-0f6bc0b0-20261201T205358",
 "hash": "17af9fe51ffaf0976454c6f25bc4bbf9c335fdb7fca2591dc1fc3fa05cf46ae9",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "oAXgDPPcfi8Xe2J/vfNsI0/7Do7wSv7HJJE7+HBOrW1qujVYPxeKs8gHno09LfYhG8NdhDuDm2kmp8jfXA2wBw=="
}
