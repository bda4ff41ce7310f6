{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-gdumb-s1-5126ca71-20261203T084412",
 "hash": "a613ca2bc7dbe9141797dadcaf6580d26398fc63cf5dca7deb45b65f695a65d1",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:09+00:00",
 "signature": "A4/VQXhNjhwjj/5f51aCf8vVbnSWv0p/SfrhSlPZsO2F6/kW+3qOYyT6kH/poNkmTVd0J23wRjm+cuWvzRlWAA=="
}
