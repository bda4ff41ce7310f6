{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-ewc-s2-f0dae2ba-20261203T084806",
 "hash": "4357fa66970f0507dc1efdb5628d78d5bd63d90bb868ff88df338d0e55344c30",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:35+00:00",
 "signature": "vEZx1GuZuzs2FRAubJOovixqkoC7vN2grWB5BlJY6RPA4BjrHT0WIOsuCDNRtC3BLT1GPyjv4aidA22L5opICw=="
}
