{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist-gdumb-s1-43037957-20261203T085110",
 "hash": "e92ccc72d747133bb757dcc176d3ce25003bffba4a0d8e9bc94ef622c2445132",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:24+00:00",
 "signature": "U1F7MkB96pAzimVyR7GPTPFb0szLGyjFJ8ZAux2iqy23uzU+LSNzOAXxOOjySCKCIpyo0wtrMHabBfW68agTAw=="
}
