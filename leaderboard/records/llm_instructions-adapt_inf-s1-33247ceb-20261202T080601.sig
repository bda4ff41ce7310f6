{
 "schema": "clbench.signature/1",
 "record": "llm_instructions-adapt_inf-s1-33247ceb-20261202T080601",
 "hash": "0f33a7ad1c646626b65e3033ec18ffcecf966f691e3ead6ad5153ab0e80cb14b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:39+00:00",
 "signature": "RvuLCVOIZUBOZYxILkGUNprLQvScjw9aXEw4K3bSdbYD38WSthtQmRqIbwjiwIolK4toGzdhM1ahbRZWSp9WBA=="
}
