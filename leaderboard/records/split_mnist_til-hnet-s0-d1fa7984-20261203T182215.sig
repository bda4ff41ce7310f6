{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet-s0-d1fa7984-20261203T182215",
 "hash": "fdad9ad43ce111491333728e692b93bf4b648bbe46560202cb2d4f8467ecf7a2",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:10+00:00",
 "signature": "uviSE4/hlep3/+iHKwbAoZavWql5a1HP25eiPiy2H6SEPHR9dtUT5V7B88sJG8Mg5XVUtibwJ87uSVe12Y48Dg=="
}
