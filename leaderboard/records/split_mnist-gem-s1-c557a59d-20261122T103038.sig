{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gem-s1-c557a59d-20261122T103038",
 "hash": "940d38b67a2f4184cad6d68b0f7afa241b1d8adfeade2513df9a4360f21bb02e",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "svNA9NTPjxJbwDbrQGOhICda0kCBbOeV3iyOFquv5DAYydVkUZoVu5AvDWfuJ85yIZJhNPwijoRDQM36Z0huCQ=="
}
