{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-exssnet-s2-21ba4182-20261201T215005",
 "hash": "2e2e876393a809cfc3677a43396f60b8ed09d313a8d3047068051768d2ad9e0b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "oqILKphFvkv7ZJ7k+2BGyIQf25RJsXRx9bIHswHOFhOOAJsYs9hotgZT5XtiwXz0wjNKpVQlb+7AIgP8rGYoAw=="
}
