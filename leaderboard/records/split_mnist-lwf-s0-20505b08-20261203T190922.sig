{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s0-20505b08-20261203T190922",
 "hash": "1215ef2c3fa8f903ca12fda14bde04ab1ace59fff013ea7ae1c37d7ba44b9da0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:01+00:00",
 "signature": "HgVGYKBRVeFEKwMsmpR1UMFw4vdXN1ysB1iURF2wCD33na9isV2Oq8wzH1uDo+k0bkk71BqdhADehSy3k2INDg=="
}
