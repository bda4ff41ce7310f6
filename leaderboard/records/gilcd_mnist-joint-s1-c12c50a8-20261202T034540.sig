{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-joint-s1-c12c50a8-20261202T034540",
 "hash": "c5c293ef31206adcc8f8d57e79bd1d63f76d7a6f5a5971ee9040384846128626",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:12:58+00:00",
 "signature": "9GkurJ1stdRMBibzfKBmZdgnfJNgcgGcQfvtfpnY3NFBOJFAfldtSRy8EVHlcFqXZhz2wNtaqDVmCVyizt1GDw=="
}
