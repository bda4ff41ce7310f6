{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gdumb-s2-b184e3db-20261203T184749",
 "hash": "90a83b90e6b7e493848281939c56a7ec14a840fdccdef9a4f221c5e0c0cdf79b",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:10+00:00",
 "signature": "zND+ltrbBoDlIAUHGHeXZXj1wqwRCISGTBnaoHtP3j7mkzactzYy8GrYmID+EZRYXj9TksoNu8AvhzM8QILSDg=="
}
