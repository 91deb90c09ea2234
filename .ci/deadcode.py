"""Dead-code gate: vulture over the paths in pyproject's [tool.vulture], without its noisiest guesses.

At 60% confidence vulture finds unused functions, methods, classes and properties, the dead code that piles up;
at the same 60% it also lists every dataclass field and view-model key that only a Jinja template or the JSON
writer reads. Those two kinds ("variable", "attribute") are reported here only at 100% (unused arguments); every
other kind at [tool.vulture] min_confidence. Run by .ci/run; tests/test_gates.py proves it fails.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from vulture import Vulture
from vulture.config import make_config

ROOT = Path(__file__).resolve().parent.parent
NOISY = frozenset({"variable", "attribute"})


def unused(root: Path) -> list[str]:
    """One `path:line: message` per piece of dead code under root."""
    cwd = Path.cwd()
    os.chdir(root)            # vulture reads ./pyproject.toml and resolves its paths from here
    try:
        config = make_config([])
        v = Vulture(ignore_names=config["ignore_names"], ignore_decorators=config["ignore_decorators"])
        v.scavenge(config["paths"], exclude=config["exclude"])
        items = v.get_unused_code(min_confidence=config["min_confidence"])
        return [item.get_report() for item in items if item.typ not in NOISY or item.confidence >= 100]
    finally:
        os.chdir(cwd)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="repository to check (default: this one)")
    found = unused(parser.parse_args().root.resolve())
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
