{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s1-c140ec54-20261202T071903",
 "hash": "810be66de3df70a91139d16a80d64eeba9e6901d6f52814aa4176cf27709aef9",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T07:24:19+00:00",
 "signature": "Lzzk6oqkVQbuMyWnkY876KzBDci7nrPy2E7zjeztmSmn4cl15/RtE7psa468773n3w+nrLWaj+R58m8oVWvYDA=="
}
