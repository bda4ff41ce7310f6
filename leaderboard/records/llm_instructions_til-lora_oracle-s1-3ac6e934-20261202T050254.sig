{
 "schema": "clbench.signature/1",
 "record": "llm_instructions_til-lora_oracle-s1-3ac6e934-20261202T050254",
 "hash": "36fc82c241bee69b428c8fe2e6ccd064baae0771ce7d22393603957d5234868a",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:43:18+00:00",
 "signature": "nOToOFGfk9CT4PncTKd9b+ItAfELMfV6EIHMzgjGEKcE3Xgyb+i3/evvTGzXDH7Qdv8c1CujFY7EqKxtDrxAAw=="
}
