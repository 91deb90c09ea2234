"""`python -m auditor` is `pgcomply`."""
from auditor.cli.main import main

main()
