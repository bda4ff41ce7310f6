{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-gdumb-s2-3cf17470-20261122T111740",
 "hash": "bb43b21098c4dfd53d668196b1d24e12e8bf2c0aa8f350bf0b9abe9a39b172bd",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "oFH8UP9K+ehp1xbjcEvceBccfnS5pmJmsbUjBKuKydRoZS/UWGvY40nGtFq9cXaEYjkCkCWAZC4fIZS0PsmoAw=="
}
