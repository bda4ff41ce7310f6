{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gacil-s0-32bb8df9-20261203T170136",
 "hash": "22c86fee2bab11c7a8f796a10e1c582365ab5685aea457391786438289c30661",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:01+00:00",
 "signature": "7njTZcX/dH0jxpaN837y0zcOWicsDRGISPPnoLrWcQSKpeu1IcgdezTehmwfzm9flWnihO2Z5GknyWPdfYJmCQ=="
}
