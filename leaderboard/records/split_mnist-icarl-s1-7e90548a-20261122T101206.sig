{
 "schema": "clbench.signature/1",
 "record": "split_mnist-icarl-s1-7e90548a-20261122T101206",
 "hash": "4ad84d8db72736f2cd272e4f98b2bc5d202fb44cb9dc053847518a5bf6c836f8",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-01T21:55:04+00:00",
 "signature": "WAem3JNETwpJa2b9AJYMQLsms31jd6hJDo/IukEYdGVBKtlBG3EE2wjHmQnrBHpm6aX2N54m4uPpSuDktxz8DA=="
}
