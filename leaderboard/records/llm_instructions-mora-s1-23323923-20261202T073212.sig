{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-mora-s1-23323923-20261202T073212",
 "hash": "4d19ab6503423841ddaa43962ad0165068e42a9c842518f61748370318e78c59",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T07:50:44+00:00",
 "signature": "+TlntcTIe2RX0KbZN/YZRikvpxZBR1Azn3lmEj0Fe/vDxMhzGxpMx4UiqiTGbbX0SLBe8cspyaV2dDyzejNSDg=="
}
