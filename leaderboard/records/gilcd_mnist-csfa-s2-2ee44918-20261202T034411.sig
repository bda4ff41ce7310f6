{
 "schema": "clbench.signature/1",
 "record": "gilcd_mnist-csfa-s2-2ee44918-20261202T034411",
 "hash": "6f119d27d6011ceda301ee33367d2e5140d4b4148f328f8d8075756fa043f712",
 "alg": "ed25519",
 "key_id": "e8fc0fa79b801a20",
 "signed_at": "2026-12-02T05:12:51+00:00",
 "signature": "7LEzzvtAvs5qvSawbCoSce8Wjix8YbS+R8q1ZGIjeVkTeRxLznOW+IriVuceHGpQCnCOBAF+867q7+J/ROfjAA=="
}
