{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-finetune-s2-12f07670-20261203T084630",
 "hash": "a8e684cc34ee3823bc41a25d44bdf9bd6a3c2fb0cc1a4db47d18d1fddb678098",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:18+00:00",
 "signature": "9W+ZyDdgKafr4zy2PDU4FSmWoJwkBsd42QryuqkFr4I0LpnaMhi8CGH4aXsKSBDoMDIe/o2i2wojzOORmOgDDg=="
}
