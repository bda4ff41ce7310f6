{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ibcl-s1-2fc16dcb-20261202T002325",
 "hash": "0cc74d00f818a86a436ec947393cc3345d2c39ca8f34b49f1280731bbbd27ac4",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "Vfj7zFXVZREnxM6XzABmPBm5FPMcW0BNN+6Y2FBvx+WkRNJejIQ8IYLOCBYQGpWMier7tHBEPE7iXXvs5votDQ=="
}
