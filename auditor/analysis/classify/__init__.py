"""The sensitive-data classifier, in parts: names (name/comment/type signals), values (validators), crypto
(hash schemes and ciphertext), mask (masked examples), analyse (per-column counts from sampled values),
decide (one verdict per column) and inventory (the GDPR Art. 30 style report section).

`auditor/sensitivity.py` runs it over a Snapshot; `auditor/sampler.py` feeds it values at collection time.
"""
