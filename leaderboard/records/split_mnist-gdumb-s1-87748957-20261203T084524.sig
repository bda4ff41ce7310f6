{
 "schema": "clbench.signature/1",
 "record": "split_mnist-gdumb-s1-87748957-20261203T084524",
 "hash": "fb91bd58dc3ea62023af0b9e50735c22f40e957ede5a774a376972e05cede2dd",
 "alg": "ed25519",
 "key_id": "2c38c21576235c14",
 "signed_at": "2026-12-03T12:40:00+00:00",
 "signature": "rjmB5gSrcDzp1A2ceX9XuxduPSex28CFI0NDgycxVjaCOOP6SB3opm9G4MhaEEyj95/MSKhUeEFQ8C4HcsBZDQ=="
}
