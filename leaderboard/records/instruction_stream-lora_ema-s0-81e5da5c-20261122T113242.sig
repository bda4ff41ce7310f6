{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lora_ema-s0-81e5da5c-20261122T113242",
 "hash": "d6b5e2616dd6a0fe05184d19566723b4b602a8e69b3815ce4472a9cef1b79481",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "j6u8RP45D9QHe9/LHoAaMQr0cIlDzkS+QuWcNQoQkhjQFdI1PcwfFO+f9DnI8tr0nMO7ur/w7pm/DUZD8pjNAQ=="
}
