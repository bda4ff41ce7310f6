{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-finetune-s0-24a092f3-20261203T084632",
 "hash": "29b0c6c9dc74d645635dad1a8feec1f28524098737e404b0630c2c82c4337684",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:16+00:00",
 "signature": "RviDMl1VtD99MaqdWoGgo8E8d3RHHQxOAMc9w1nwemIF8uQXbzDz7aQID1c9KbD1GzWm/vmhumgKnddAacZdDQ=="
}
