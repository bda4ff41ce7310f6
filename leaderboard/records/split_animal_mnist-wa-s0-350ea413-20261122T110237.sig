{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-wa-s0-350ea413-20261122T110237",
 "hash": "dce659197ff00960e74f3e4445d51a3d1f9e045850ae9082e6d50a1ea7c027f8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "K7iZ3bOowF7NvwYx8un5KIgi6JMOgnS6ljb2/MzHoZFdYFnM1imZp1VMqBGNNmghCeWemz61cUhTK1p1i9NDAw=="
}
