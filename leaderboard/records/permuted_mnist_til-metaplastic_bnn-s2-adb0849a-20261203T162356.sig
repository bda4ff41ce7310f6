{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s2-adb0849a-20261203T162356",
 "hash": "bc84b79bd10389907e15bf8a3077656cdc90e5ef4c16b97378ed811b04eee3a0",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T16:49:11+00:00",
 "signature": "KEJsB47Zqff17ghTU0dZD68htGSvmSGSgOLMzuaFugtXvc8ER3VReVMBVAF+YV4jOiDwi2/9gbPBv0i3HK6xBQ=="
}
