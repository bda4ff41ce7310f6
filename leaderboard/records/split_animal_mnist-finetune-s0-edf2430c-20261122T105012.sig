{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-finetune-s0-edf2430c-20261122T105012",
 "hash": "da943ed302ce4959148211a1d7dc7db2b23e8dc5e6eba8d5cc6ccacdb54da0c7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "OMsWqGnslDnQcde6AzHkW10g2ZwzwcW5HiKOOrTwWzGswaLQvpi+exqXHl5JrdoOhWDKzih2qDpQk6VXnF0hDA=="
}
