{
 "schema": "clbench.signature/1",
 "record": "split_mnist-icarl-s2-7df940e2-20261203T190253",
 "hash": "ec9895943e02874964b341f8c1fcdaa3080f18d79acf4493f39931e87f21e69b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:01+00:00",
 "signature": "Od+1mHgpLIuWMxX38RmUfDoO88979e8T/5l6A0cgH9jb3C2X+1HvDSCrIZCqhR+Up7FRGUnvJSaeqDFQDvfrBQ=="
}
