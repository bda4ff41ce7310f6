{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-agem-s2-59fc4830-20261203T170521",
 "hash": "2947c117250b52b83a76f87f1bf86b6303e6c90fdaf9baee83bd0987def45e2c",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:06+00:00",
 "signature": "DDH62dLKRfuiF6rvRPGLE8RqgVEFD3N6Laj3I+ekPhcdkLNOt1DBrpCirK19zSEDIImbPEIDniRAHdFgLxldAw=="
}
