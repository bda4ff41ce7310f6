{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s0-925bd746-20261201T215145",
 "hash": "4fe5991bc0c0b1f8349816c44212bf45cea63024a66a892853fb63cdca0c140d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "551oqapt8Q7cclsinP609tPq8B4zexi0LAL3GtOieAzrG+dWdRbcp7rzpF+bJqOGW06uQOGz2cFWC0bKJWJoDQ=="
}
