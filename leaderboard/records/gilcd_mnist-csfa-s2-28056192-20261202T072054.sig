{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s2-28056192-20261202T072054",
 "hash": "768cb20de17ac126111e1a3a30bbdf63a83ae4155fcda74644868871950a036a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T07:24:21+00:00",
 "signature": "ncXnyvASGrsQOW8t50LLCZZ07mOlDmvYYhTkBZXVT/YBhBAL6ShI2/gBtNjP8savnudCrNGnc8lptofJQo9pDg=="
}
