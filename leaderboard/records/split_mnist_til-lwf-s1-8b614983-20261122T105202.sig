{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-lwf-s1-8b614983-20261122T105202",
 "hash": "6abf1c706a2b7f3f2a25977a33298260df97c76f0c55de3b76a802f72992bfd2",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "rbKx0ayFlTzUO5fa5AUMAJsQQmxISDEgPQd4xA8BMNQsthGPoUPk7aV5u7qE5pIeFOGwk9Od0byRtLOKoRIUCw=="
}
