"""The sensitive-data classifier, in parts: names (name/comment/type signals), values (validators),
crypto (hash schemes and ciphertext), mask (masked examples) and decide (one verdict per column).

`auditor/sensitivity.py` runs it over a Snapshot; `auditor/sampler.py` feeds it values at collection time.
"""
