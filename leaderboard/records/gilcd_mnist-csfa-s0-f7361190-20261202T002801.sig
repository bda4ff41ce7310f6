{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s0-f7361190-20261202T002801",
 "hash": "6a17101ca73d44718cfaa469df17ca44dc590905986b53553fe4180eee193deb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "55zaMmLZh3mi7jQPLsX1uIrv5qvUB4j/xmhW+47NulKU11ETS8rpDiAgzmLCHX3/9t1FO/rFm48VBSBigtOgDQ=="
}
