{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gdumb-s2-ad0df10d-20261203T190151",
 "hash": "350898ff7cab53d967d86ac3866db7ce52a0b55370a601800eddb2add2424bee",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:45+00:00",
 "signature": "7kkKzaDBp0QjuBkYOZDEXhM2HQNQddU2oiNhf6dvaPAzQuZXIzMJ5XelFIIAfsapyqFA1CnTyVoT0Dga5NmBBQ=="
}
