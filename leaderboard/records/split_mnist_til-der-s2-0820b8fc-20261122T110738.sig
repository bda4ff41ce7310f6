{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-der-s2-0820b8fc-20261122T110738",
 "hash": "74a89b1b6c46e924b0c3b3295dcd62e521f47a926acdfaee0225e1bd9ec7aaa7",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "u6/SEtaKdMTdiCns6l/NvuOylengclHIZtZfG1lc+ceyKxPUoetnBGU1zvlSpxyjlp+AIMsb02oxfK0wUNZTAw=="
}
