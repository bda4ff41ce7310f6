{
 "schema": "clbench.signature/1",
 "record": "online_mnist-er-s2-c7e724be-20261122T102340",
 "hash": "87012dcf57e3f594d49b08bd85b3f16bf1eebfd3ad3410886962a9893717f038",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T20:18:07+00:00",
 "signature": "EmK/IeF9Q1dxEfXxluWiSi+eMuZU5WbWmMJ+IWjkAt75tsZIblEyzMHYsurqaz745kcQdOt0hEFz1L3AWxmGBg=="
}
