{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-lcia-s2-ca2289e3-20261202T045401",
 "hash": "138cf2d1d01f91e63a114bc6f1278295a81db569697a95ada73ad7ce6c326797",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:36+00:00",
 "signature": "5DWhRPsX31ylKYHFZ1RPRwqGlVKacbayjAzj5eUo5Qi+JjspPtW1+KsnAulm+006bMSObdPv2XcXvKYfKSs3BQ=="
}
