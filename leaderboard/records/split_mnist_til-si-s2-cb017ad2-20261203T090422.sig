{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-si-s2-cb017ad2-20261203T090422",
 "hash": "f55b56b190f7de61137caf514befd08a8853e8621d35db327137356da4e4bee6",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:31+00:00",
 "signature": "3+dawkmIKLUuySM0eg1U4SyAZuL9I05Nu+X0LK0UE+HRtCT3SGc88DCOWti8mi08M+IVDC4AlVnUUEfxoT+PCw=="
}
