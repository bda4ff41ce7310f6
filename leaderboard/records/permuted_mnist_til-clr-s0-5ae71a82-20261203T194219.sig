{
 "schema": "clbench.signature/1",
 "record": "permuted_mnist_til-clr-s0-5ae71a82-20261203T194219",
 "hash": "fb6f738fb06cebad464aebf6b561b5aea10daf9a32bf5c5e0fd47ea75a668af3",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T20:11:56+00:00",
 "signature": "+DUdCeCFRUT3JGtph9G9I4jdd7wWwBehkUT5z1VmBdMN+ssmhTWNJRLfPyny0LnWcrBCscQKH5TNQewAgKLTDQ=="
}
