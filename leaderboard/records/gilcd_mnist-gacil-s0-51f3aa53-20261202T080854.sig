{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-gacil-s0-51f3aa53-20261202T080854",
 "hash": "71c4fe7f93ede3cd284effbc0d4a5c80471b71118ca3513d58c460fa968dee0d",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:38+00:00",
 "signature": "IV/HwbzhLpc4T+VDzfoYCjivsIFjfaQwHPEz4peX2aQZ6vRRNJpuxJXatwBE5S2sX8ALfPKDl0U4orxi/vWeCg=="
}
