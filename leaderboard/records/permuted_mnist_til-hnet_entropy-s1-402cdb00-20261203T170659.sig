{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-hnet_entropy-s1-402cdb00-20261203T170659",
 "hash": "27f047a51d565006e4ed820bbc9735c5245bf107bd062b30c93e1187d6fed62e",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:12:53+00:00",
 "signature": "bm5CywemBnXeO7c7IHjqcoRGsX97Fx5ukVm4nl5fmN79wZ8yEDtolmOqCDe2R/imoz4YaG3O9LVdRYO5SN39DA=="
}
