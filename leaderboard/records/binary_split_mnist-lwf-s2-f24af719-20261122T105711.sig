{
 "schema": "clbench.signature/1",
 "record": "binary_split_mnist-lwf-s2-f24af719-20261122T105711",
 "hash": "783e1ecd027b15764ccb503e55cddcc76ee4a650a72c1d95aae0abf7c6fda6b6",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "niqVLYeHkyPwh0RUApmtJ50pWcggk7fV/tYShodq3hZX8DNfApdXiT563j1GZj0R6Xc/gb15qy7VP76985ruDQ=="
}
