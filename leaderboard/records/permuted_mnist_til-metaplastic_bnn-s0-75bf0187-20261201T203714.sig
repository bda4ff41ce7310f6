{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-metaplastic_bnn-s0-75bf0187-20261201T203714",
 "hash": "5cd64e783fca3e58ac57e7d2a7b1ba51784265c0462a1fb0e2307efc06afe468",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:03+00:00",
 "signature": "rJYEDEUH2JJDP/ADqYCmi0hLheoC/q8QAaJUV/BHRNfvpf91X9VCC+uzFB7runXHqvt6Rz8LvlG8g9Vu0UiRCA=="
}
