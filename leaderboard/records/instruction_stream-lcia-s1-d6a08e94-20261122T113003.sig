{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lcia-s1-d6a08e94-20261122T113003",
 "hash": "fde257d1382df926a16ecae2292fdd29c27c41221ff225f68cfb76b958af3d09",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "eHRlaTqfbihVFQzJcCUWTg2Pe/5Fdf0royUEbghfzY1kdqlW0x4UWFzEnQslqzrGkWw54Xz6ws/218uhKUwRCw=="
}
