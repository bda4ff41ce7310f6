{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-naive-s2-d516957f-20261203T085135",
 "hash": "a7b65a61d4c35ab65f40b3de223c30f37eb91e810a5e9381b7dc9ae3c28c39de",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:25+00:00",
 "signature": "AKwtqIxUbX+o3pDFcudYcKlB/wVx3dNtFOD9x5MUyreqkSnnq2X1x/aBRmMnwa2LuaERd5XA1USyJZ+a/hbZBw=="
}
