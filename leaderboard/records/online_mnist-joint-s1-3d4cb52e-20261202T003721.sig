{
 "schema": "clbench.signature/1",
 "record": "online_mnist-joint-s1-3d4cb52e-20261202T003721",
 "hash": "d20f752bfcab42a8e6a158fdc2d21d6bf8ea267eb93b8bf22060f4b5e5109ece",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "4EKLsHZrehPlaoktKznE2eUJ36g38JLWvV4y2fNmyCG+X3iQ+asvC7iwxbSC9bpV61bIWB3AUXSE4knbAntzBA=="
}
