{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s0-e1602ab9-20261202T072016",
 "hash": "51dfb6c0a203b3ae4a04e214d93ff5ca27ad1eacabc26d9f8f2968e36fea3ad5",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T07:24:18+00:00",
 "signature": "tMVBISSA0ruhmx67RarDMco+AwrRbm+nL/C1Z1oWbwLXMpKWpJkk5gFo6V2Fei19VXDl0ouabs8i9hryB03wCw=="
}
