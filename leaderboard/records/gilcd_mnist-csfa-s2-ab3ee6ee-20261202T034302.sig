{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s2-ab3ee6ee-20261202T034302",
 "hash": "d501aab9954c4e5b4c46220c36619f09364cca660f45452a7a3328ffadc7472d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:12:53+00:00",
 "signature": "DRJmA1aG6DMj5enQ2f5JLJEY0H2ZfywFcnGF6eZGDl01SQejwLZof5YyXBUI21E+vqS+OMqqKV1z06/3LUMWCw=="
}
