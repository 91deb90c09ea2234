"""Check modules, one per area; each `<area>.py` has a `<area>.toml` with the checks' metadata beside it."""
