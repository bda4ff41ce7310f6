{
 "schema": "clbench.signature/1",
 "record": "online_mnist-dualmix-s0-2a0c876c-20261201T233203",
 "hash": "5984c55c3f5be1bbaeb585befc624fcc767460cba146412d1689229f4126cfd3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "3kBP7uTnSFZeoo2tjg8kkma5DFhXfjvdp6pzBqZwg8NbyMeDy6fgkG4XBpsnvz72W72A3rchvAHVjFwUMLuNAw=="
}
