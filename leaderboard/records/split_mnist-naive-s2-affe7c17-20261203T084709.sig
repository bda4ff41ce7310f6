{
 "schema": "clbench.signature/1",
 "record": "split_mnist-naive-s2-affe7c17-20261203T084709",
 "hash": "2fce58f55dff52891654dece4010d5ddab4f7fa4d4ded1131a70f4d3dd637094",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:04+00:00",
 "signature": "XnB9P0gD4pgCEvq8iA9hep6K2AJf39nlNzNRhm8jHx3iOrJeEEF40sXWb6M5aP/UHngtp/lYpwhGFzqpKuZbCw=="
}
