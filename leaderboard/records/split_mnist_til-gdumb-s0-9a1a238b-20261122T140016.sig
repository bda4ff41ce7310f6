{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-gdumb-s0-9a1a238b-20261122T140016",
 "hash": "74d72a34903579a209a448a57955682324f88fdc47b16859091a8514a39b5573",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "Px6qCro0kjIrj5aCkpN4hh/Sag2aqua4lXkAGzpQz1IuH3Q6RdGshCTdgjMXkbkVq1cJ5S/rIIEdAw5065DsDg=="
}
