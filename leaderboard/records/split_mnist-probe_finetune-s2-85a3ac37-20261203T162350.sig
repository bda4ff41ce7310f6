{
 "schema": "clbench.signature/1",
 "record": "split_mnist-probe_finetune-s2-85a3ac37-20261203T162350",
 "hash": "5544dafee7e9afb0c2a7c33f8dd2334fa1cf20ba4a68d417c730381b1669682b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:20+00:00",
 "signature": "j/FnlOlolMvIG86iI1JVBVT61uDbAwTJUxviBpCgjj9QsB/AyrQ7RaW67K/HpvljspNXgmjwWeMbb4QUyrS8DQ=="
}
