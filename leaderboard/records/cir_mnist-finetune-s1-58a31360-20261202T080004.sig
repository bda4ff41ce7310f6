{
 "schema": "clbench.signature/1",
 "record": "cir_mnist-finetune-s1-58a31360-20261202T080004",
 "hash": "cd1f04c97bd833497138585430ceb0bd5ae3c74cbde2987814417f40798cb4fa",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:32+00:00",
 "signature": "gw2tNQQRd5esfhKfrsdqUv8NL9zegLOZlQVKimLqouTJi2cAAwkFFWQ3IrG7MOn4vhDiUICxKd2XRktLgSQLDg=="
}
