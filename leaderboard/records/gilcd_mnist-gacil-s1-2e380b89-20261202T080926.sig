{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-gacil-s1-2e380b89-20261202T080926",
 "hash": "0dbab16734ee7e1e24a63a085fa627039e1a9a490f44d641ccd57a84a5952ed3",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T10:12:39+00:00",
 "signature": "tJDVw419kKJHfs8j2kqhzKpnpKQhbZe2H9kATOdoBqNxzQ780PKPZrov9P2IdBs8ONo5vvtZw60RJQ0NB5wlDA=="
}
