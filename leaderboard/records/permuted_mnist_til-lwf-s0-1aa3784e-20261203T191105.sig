{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-lwf-s0-1aa3784e-20261203T191105",
 "hash": "6921f9e29e456dd3e950f9d30cc3fcdf852b951a6c39e66a22e039ac79b76503",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:49:46+00:00",
 "signature": "9F+187E/RO2nuxGdjuhIx/QTUsdiFnNbGByG1fVz/SFFfejDJO4w+jbja8x9o54WqxkICNtTUSpFuXS//vaaAg=="
}
