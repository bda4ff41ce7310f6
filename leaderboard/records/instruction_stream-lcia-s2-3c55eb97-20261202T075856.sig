{
 "schema": "clbench.signature/1",
 "record": "instruction_stream-lcia-s2-3c55eb97-20261202T075856",
 "hash": "3af852ae8363eaf028838d792704fe6d01d6b193cac4e68be72fe682e92da964",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T08:11:22+00:00",
 "signature": "ZSpvBzSUri6uMFlXL8VpGhmA/zVbns4ayCZbMeU8Ug2XW616cIPJtcEnNnI9dFnaycN2sbCoiWEYQPjvncaPAA=="
}
