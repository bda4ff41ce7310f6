{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-gem-s0-86cde73e-20261122T104148",
 "hash": "ccaa85a767db57797d739b285af92f4ab0ad47c238062bd7049b7459ae4a6582",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "ffvXhjhFk7UoECJLL4oSJ/IE1+hp/CABAtzQ0PFSJJX2DNymcKbBaxWz2mNmZ6F2PX96fTK5zhffQqHPfYzKDg=="
}
