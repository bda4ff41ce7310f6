{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-lwf-s2-2a250f0a-20261203T184728",
 "hash": "f3eb4fbde8e14c3ae8d28fb8e3f86b18bcee5c43dd17a56d228c6aa06b616fb7",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:52+00:00",
 "signature": "WlXrCWlcgMQ1NtbXj5inhMe5SHN552IYgzeTcegbzQ8fwy2g+juhvvQm23m8c9D1m9qP4S/B/JODXDj6yjDUBQ=="
}
