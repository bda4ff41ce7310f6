{
 "schema": "clbench.signature/1",
 "record": "split_mnist-er-s1-d3216157-20261202T033833",
 "hash": "0bd093270ed5a2f8d97fcba7c842d1bcab9a659c4b2ca13b001874ee466c5215",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:13:16+00:00",
 "signature": "e6rWPQvZGDW+vRxT3fmD/7VXqFfQlvFeWhEI3sECSjuqldg4vG5yQv/h8FzPM9v5itMc7ctXVsYV0ag1iL4UDw=="
}
