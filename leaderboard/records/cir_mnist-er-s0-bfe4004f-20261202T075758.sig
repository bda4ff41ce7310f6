{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-er-s0-bfe4004f-20261202T075758",
 "hash": "ff503b87d275b462d3b47ce5ba270a7ffbd583ba17132bf8e78a026ca8c74576",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:31+00:00",
 "signature": "cnT7FtCqOAApO9h38h924dy4q02zWLr/5ntF0WKJuQTB57LvCo7RrZjd0rJBluWbT+8ACxmqdleO2LLs1uE7AA=="
}
