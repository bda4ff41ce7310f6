{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-finetune-s1-3889d6c7-20261202T034447",
 "hash": "cb14bc835c71e56efa88a577d65202f84060620678a87277788c49265591c737",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:12:54+00:00",
 "signature": "VlE8f8g9KCTvDMrxIDi2Ktf4tMQPAyo2vRbo6WRZfv94W7BqKhv7R4PEgMrEUvZASWuISmvNgGkZb8r54mtXDQ=="
}
