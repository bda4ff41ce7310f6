{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-clr-s2-2593350d-20261203T194537",
 "hash": "767672f3adfa038398f76602c7957f51acf4acaa68e22b889739908c1fd69fee",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:08+00:00",
 "signature": "bi9vWNTaNl9KsepgFTQFTk4SXbNIJOjBGqfzPquDpSZiAn+196nlw8/cm94He+cssejAzeWq2kL8DWBt5vDBBA=="
}
