{
 "schema": "clbench.signature/1",
 "record": "split_mnist_til-hnet-s1-0f23c171-20261202T214442",
 "hash": "f7bdecdadaa2b1ae7ed465da9ab800e9b195b351c5dd46fea9e6c563bd1a1592",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-02T21:57:42+00:00",
 "signature": "7vQ51+rDOEimHJos0HRjAULv+zFQW9kysMfwxNId9jj8qg8dhVrSgpBtZvka78HBPL+Ehntiws+I4fzTLOBaAQ=="
}
