{
 "schema": "clbench.signature/1",
 "record": "split_animal_mnist-der-s2-3c07a034-20261203T084858",
 "hash": "eb1d5faee04f7086d01b10caf653b93e003ca6a87c7f851eb077d20bf99c50e9",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:39:32+00:00",
 "signature": "j8hLtUMxL2/OFetH8L4JLn4rykoXoW+XcgKZJDeQAtjNYPKOgZgNgnqDjXMLvkmIVXVJVgIwKKzWMHfcE5S9BQ=="
}
