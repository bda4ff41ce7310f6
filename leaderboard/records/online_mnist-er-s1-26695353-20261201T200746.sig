{
 "schema": "clbench.signature/1",
 "record": "online_mnist-er-s1-26695353-20261201T200746",
 "hash": "71aaa8a98c624eb525c2c3d5661400f35eeb4860f54454811cd3589c5cb7b02b",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:02+00:00",
 "signature": "eZGEERyW36BL6hzx5FXbM4OMyKMtHFv63MyBhpi74ufmAUc39C+b/Gp497HddNodg/+QOrUmD1ysioKq1B/FDQ=="
}
