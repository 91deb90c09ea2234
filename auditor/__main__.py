"""`python -m auditor` is `pgcomply`."""
from auditor.cli.main import run

run()
