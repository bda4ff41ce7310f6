{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-ibcl-s2-13d5a446-20261201T215204",
 "hash": "59e09584b346c7f6c632afd21145f666b08fcdc577a8d6e9f06f54e8660431f3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "xXp+qvDCIvu3L2jTIBW1reKAzQSvsPxhDUUJerH9TIs6RqfPrbyrLxt0CjjqJFujzJPeF8q+DvnLBOq040b/CQ=="
}
