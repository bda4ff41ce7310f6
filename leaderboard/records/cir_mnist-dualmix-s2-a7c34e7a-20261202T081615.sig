{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-dualmix-s2-a7c34e7a-20261202T081615",
 "hash": "2c2f0de132f350e930b450d6a9e5b58af868e83b3528c7a23b345029434c2a8e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:31+00:00",
 "signature": "J8HM0vd1maBy9WAirJYFA//qD15SNm/reKj8Y0HXb9/+x8hlfirjUOy01JpZVq1ConjBcq4XzpQv4ErrMFmmAA=="
}
