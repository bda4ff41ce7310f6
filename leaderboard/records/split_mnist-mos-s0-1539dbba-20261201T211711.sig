{
 "schema": "clbench.signature/1",
 "record": "split_mnist-mos-s0-1539dbba-20261201T211711",
 "hash": "df6046dac72f3ae8a81dc21b8daa1275bef381bc8033ca29b25677bbc453c6f3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "QXQSg/7uc5QWiHCIhwqHRnTkQLjrC9htDnNtDgY7N110QDrz13P9i1W/r6KAIiWY0WdpjcVkV2Fgv3L00zdEDg=="
}
