{
 "schema": "clbench.signature/1",
 "record": "split_mnist-wa-s0-42684aa8-20261202T033210",
 "hash": "f00a5d3dbda640697bcf8651a459aa7405804640af3f7e15287d56803b1587cb",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:20+00:00",
 "signature": "QDS+vGi22gCt0s0pg3yor57RNRXeNDsDEMtU45XhHhWHhL0MfUUN79kU4X3s98jwhtb9U3ZOjqYi4znYjiIFDA=="
}
