{
 "schema": "clbench.signature/1",
 "record": "split_mnist-der-s1-6ca2e910-20261203T190219",
 "hash": "d0ca7554bca32cfb979b7be8346eb42b2777a20108a339918d625d1fb1184909",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:57+00:00",
 "signature": "bkPstOe8/BiJkPUSUlgL6tiI/QxW/RwWDZQLXgEWZBaUfReGYTHh0/MImee8NHyqiGTZREI0yiZtNsqvh9UMBQ=="
}
