{
 "schema": "clbench.signature/1",
 "record": "split_mnist-lwf-s2-c0ca4fd0-20261203T163209",
 "hash": "734c567fabf05a0175c05ad66cc1725d28fd5dff2dbc78948abe7614e9b9340d",
 "alg": "ed25519",
 "key_id": "9d8a549d85f0f025",
 "signed_at": "2026-12-03T17:13:05+00:00",
 "signature": "t1sAIZvH91PYIlhg0t0buYQCpwbr7V3r25RRRh7yuoxvYbXRMOQqazhQCHTepznY6uOq1Y0cpUFOX/oQPI0nBg=="
}
