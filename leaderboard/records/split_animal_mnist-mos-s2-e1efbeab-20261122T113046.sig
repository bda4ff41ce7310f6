{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-mos-s2-e1efbeab-20261122T113046",
 "hash": "ea81bc28237b293228b50dbb7f0e87e34afc04c9dd0f3d1765deaf203f4056f0",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "i9Z5lICQZFHk5DOkCbddvzy8Ummge3BrofBzVUpcBR/spg5PAuOfB1xaN8LTjHG54SLY7YWTZ9hg/WOXLzJgBQ=="
}
