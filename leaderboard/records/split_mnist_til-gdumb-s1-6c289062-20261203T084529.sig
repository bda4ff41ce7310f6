{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gdumb-s1-6c289062-20261203T084529",
 "hash": "2483d73b8b8bfa95655588f745e648251e313e23d0221e613d6f22fc752a473a",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:20+00:00",
 "signature": "b6tp07sBJh+6Oe2B6S0s9O/2ASwWx/4VS/Ov9MK5kAViilbXhvdetWldh2oNJQGQGLBQuN1bxkYscr4ezlsMDA=="
}
