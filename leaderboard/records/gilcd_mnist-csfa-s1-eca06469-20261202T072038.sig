{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s1-eca06469-20261202T072038",
 "hash": "9036d6b0654b70d79275de69b7534f02ceb1c75b80c77839578acb9429d2f23f",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T07:24:20+00:00",
 "signature": "rbng55cYqIX+YYtI2mDph24QKdpKxrUekbA0NfQ1LdotD84mi4xIdcxxSi/o4rCF8wy6idZAaoJAtUnINBI2BA=="
}
