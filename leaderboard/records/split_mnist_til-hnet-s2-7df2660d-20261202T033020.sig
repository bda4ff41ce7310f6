{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet-s2-7df2660d-20261202T033020",
 "hash": "65b61d72bb9d6b2bf3cdb45c71d2b52bd56dae3ff5f7dc6ee241d8545abc7871",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:28+00:00",
 "signature": "WKKSpzPt4kbo6AVP2vhvglQoNQjqm6K3XTglgp8DDbcxDsiqalnKLLKAtkc8dKFRAZkxchRd/IBZeaUltSjNDw=="
}
