{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lcia-s0-dcd8cb9f-20261203T201536",
 "hash": "3d8a65d8b51548fef16dec0e553ee8c1c9fc712e02b05af1f015d1676e419ef4",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:17:49+00:00",
 "signature": "4zdvCAcQuOOKGhcgwTTwKDhDH5NrEjgB8QQNUid5c1obV7z5BJQU+IyY/XB2AM96nwJZZDoBA7SgI8fN0Q9FBw=="
}
