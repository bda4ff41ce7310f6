{
 "schema": "clbench.signature/1",
 "record": "llm_instructions_til-lora_oracle-s0-5c9ff0f6-20261202T001845",
 "hash": "5becbec1e3c69b7ef3f87068fca48ca20832165b3db3462480c5380c16bea295",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "uWqEhm51EjKgloob7G+vb5XnB8BBC3IFlIS5AL5P1YL1NVijmOCl80QeTrOdWgaCjZqvfIwkE/sfo00b7qI0Cg=="
}
