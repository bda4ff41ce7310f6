{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-agem-s2-9fd7cc46-20261203T184644",
 "hash": "0124873ccceed6922275b51fbfca13707bef2e3bb8c7488a3bcca2a28990924a",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:49+00:00",
 "signature": "VscREXWPX71yFfHQ1AQ7kWweBKgFGkNWcB1iUOAASZ2mTIr+cSZAv26Ocis2LC/qMjSVOgHP9BF6QTFP/kv4Dg=="
}
