{
 "schema": "clbench.signature/1",
 "record": "online_mnist-dualmix-s1-46e55a58-20261202T034626",
 "hash": "924a847190c37b4d3c4011c15db9595ba9b80c594477b380a1a863bd0529fca3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:02+00:00",
 "signature": "P2Ak4c6RNlYVovydyJdh4PErHFVtuMtajnsl3gboWtFv72cBuRCdiLfEwOOXFJtlfrp4FXc+/ecCfJJviVllDA=="
}
