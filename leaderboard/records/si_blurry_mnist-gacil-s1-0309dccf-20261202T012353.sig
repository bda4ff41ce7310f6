{
 "schema": "clbench.signature/1",
 "record": "si_blurry_mnist-gacil-s1-0309dccf-20261202T012353",
 "hash": "2d7a382746b161e0137293dcca24a6b50e7b8420025c936c3c54be40b87f3c7c",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T01:39:19+00:00",
 "signature": "ehRQb8rnmuAcQgbsjVbzLIXwbs9ZbIAByZ9IJHrPwRCqELmuguElbLCOuWgQAAB/iBeatJIdtfceJCbqpKe+AA=="
}
