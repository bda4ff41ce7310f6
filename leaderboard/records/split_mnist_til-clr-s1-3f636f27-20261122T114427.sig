{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-clr-s1-3f636f27-20261122T114427",
 "hash": "283b314f11fba4e1489e157bc44357d92b761cc5131b08546e5d1de78972bb22",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "OLlX0y8ijfCOm5cKkwxcOd2Z4ljs6KCl1YCAuR/tcKLTm027oMAAANTNOwejE/pDDnyX3hRLZTMqQ4d7IybOAQ=="
}
