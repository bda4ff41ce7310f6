{
 "schema": "clbench.signature/1",
 "record": "split_mnist-ewc-s2-90f478ea-20261203T191209",
 "hash": "c528b4804690b21a067251fabe13dd450ae9534336c8c12b4d72c63fd2d86b30",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:59+00:00",
 "signature": "Q5tNQUrWS72Iakh8OqH0bXQKOGRqzQwJbkLdiTouY/COTw75zMRsMldRVjJ2G0iu3Cv9/pNW3LY79JlLct9sCQ=="
}
