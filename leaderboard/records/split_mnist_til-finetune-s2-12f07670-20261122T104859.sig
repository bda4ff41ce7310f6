{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-finetune-s2-12f07670-20261122T104859",
 "hash": "7a51a976cec22dada897f5efcd5fc9c443aa36d7a084337450e3decadf9ae505",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "tLmNjE9tf+SY+Vt9L2tC0/2Hmw8dVQFJTp3qMjlfxcpo9qoDs6WlnEInnKZzWfdzvbecvMTdin0qAXpx/fg2BQ=="
}
