{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_ema-s0-81e5da5c-20261203T201614",
 "hash": "7d3d0cb50885b4d8bf9cf86647ab67f8ccb28f7bcaa0dfc2593a36c36e8893d3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:17:50+00:00",
 "signature": "JVf1G7n+JfniViaVYgBttLptMvpn4CecHmJ2BOUe7TF6x70RV1aWOS29l47BE/HXgGaOwcT77lr5X8WhYAtlCg=="
}
