{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lcia-s0-dcd8cb9f-20261202T075641",
 "hash": "3e2c94b51853dcd372febe7431225f791e579d48d7c08a527899eca58560d215",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T08:11:21+00:00",
 "signature": "dtoW7c2gQQMiA6oVh29P+6KsVOdnxtePv5zo7GNLvAqED9dlmdSuOknzS3QBLFGkyg9XhwCYAWcI+oJK+/b5Cg=="
}
