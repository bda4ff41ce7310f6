{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s0-a9baac5b-20261201T203448",
 "hash": "a8ad38a351104c84ba2f6668af279bcb730b775967776b00170386e3132e8756",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "t9SF7K80JNFIeuLuiBHqJDxL3p3Ijo7UJ46Gw/zW6ZKSOPVni6Brc6By+sWFKBPASDb7JdUO/m6mRCPPBhyjBw=="
}
