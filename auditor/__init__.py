"""pgcomply auditor engine: connect, collect a Snapshot, evaluate checks, score, render."""
__version__ = "0.1.0"
