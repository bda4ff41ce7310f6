{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gdumb-s0-bd15f563-20261203T091019",
 "hash": "5823701fe92626ec18ff99d1c0624623d5607180146e30764aa7568c20c7976d",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:27+00:00",
 "signature": "7PYZ1eZcHyWCUfc4S1Z1ExQX9MUq1Td5rsFfhknSeMgOykZnOqj76amUKDdqjp8nGWLu8lDVGo3RgpVKOKEmDQ=="
}
