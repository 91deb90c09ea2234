"""`python -m auditor` is `pgcomply`."""
from .cli import main

main()
