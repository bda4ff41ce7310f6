{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-agem-s2-9fd7cc46-20261203T162214",
 "hash": "0b6139b60d8c5d92cc66c84cc05bc261444c466412e481f1c8325bcc5e496b6e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:57+00:00",
 "signature": "TqPjoqakpLHgoJA61TRw+naYkVhj/lJNPzrJXUIklxvQqQI9pNVVTmTHHlIQvKuxy2ISIiVt3wzdU5Z7N1HVDQ=="
}
