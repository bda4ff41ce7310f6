{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-ewc-s2-3132453c-20261203T191902",
 "hash": "8c66cb0890da6dc9edf93a51bba267ba6ada7fbf5840760e134489ff80327b03",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T19:50:09+00:00",
 "signature": "nSNBpp7k61t/Uk1DUtcOa0aUB67CcGhMmOpIyRY59p/9DwVhhUsO9EQh2k7FgGhGxEiKWY2vP8+32ceEYgkpBQ=="
}
