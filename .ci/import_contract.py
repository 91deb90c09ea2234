"""Import contract: the layers of auditor/ may only import downwards, and no module-level import circle exists.

Run by .ci/run and by tests/test_import_contract.py. An equivalent of import-linter's "layers" contract, written
here because `auditor.checks` lives in checks/ (setuptools package-dir), which import-linter's graph builder does
not follow. Every import counts, lazy ones inside functions and TYPE_CHECKING ones included.
"""
from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Highest first. A module may import its own layer and any layer below it, never one above.
LAYERS = ("cli", "lab", "workflow", "history", "render", "engine", "checks", "collect", "analysis", "model", "base")
WHAT = {
    "cli": "command line: parses, calls the workflow, picks the exit code",
    "lab": "throwaway clusters, certificates, the demo and synthetic reports",
    "workflow": "the audit pipeline and what runs on reports: diff, fix-sql, bundle, fleet",
    "history": "the audit history store (SQLite/PostgreSQL, migrations), trends and the fleet view over it",
    "render": "report formats and their views, the console",
    "engine": "registry and Check contract, policy file, evaluate, waivers, score, the report document",
    "checks": "the checks, one module and one TOML per area (checks/, installed as auditor.checks)",
    "collect": "connect, catalog SQL, collector, sampler, TLS probe, redaction, snapshot files",
    "analysis": "pure reasoning over a Snapshot: context, role graph, privileges, sensitivity, classifiers",
    "model": "vocabulary and dataclasses: snapshot, results, names, acl, policy, gap names",
    "base": "auditor/__init__.py (the version) and auditor/outputs.py (the one file writer)",
}


@dataclass(frozen=True)
class Violation:
    module: str
    line: int
    imported: str
    why: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: imports {self.imported}: {self.why}"


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "auditor":
        return None
    if len(parts) == 1 or parts[1] in ("outputs", "__main__", "__init__"):
        return "cli" if len(parts) > 1 and parts[1] == "__main__" else "base"
    return parts[1] if parts[1] in LAYERS else None


def modules(root: Path = ROOT) -> dict[str, Path]:
    """auditor.* module name -> file, with checks/ mapped under auditor (report_templates/ holds no code)."""
    found: dict[str, Path] = {}
    for base, prefix in ((root / "auditor", "auditor"), (root / "checks", "auditor.checks")):
        for path in sorted(base.rglob("*.py")):
            rel = path.relative_to(base).with_suffix("").parts
            name = ".".join((prefix, *rel))
            found[name.removesuffix(".__init__")] = path
    return found


def imports(module: str, source: str, is_package: bool) -> list[tuple[int, str, bool]]:
    """(line, imported module, at module level) for every import of an auditor module."""
    out = []
    tree = ast.parse(source)
    top = {id(n) for n in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name, id(node) in top) for a in node.names if a.name.startswith("auditor")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "auditor" or target.startswith("auditor."):
                for a in node.names:   # `from auditor.x import y` may import the module auditor.x.y
                    out.append((node.lineno, f"{target}.{a.name}" if target != "auditor" or a.name != "__version__"
                                else target, id(node) in top))
    return out


def check(mods: dict[str, Path] | None = None, sources: dict[str, str] | None = None) -> list[Violation]:
    mods = mods if mods is not None else modules()
    names = set(mods)
    graph: dict[str, set[str]] = {m: set() for m in mods}
    bad: list[Violation] = []
    for mod, path in mods.items():
        src = sources[mod] if sources and mod in sources else path.read_text("utf-8")
        mine = layer_of(mod)
        for line, target, module_level in imports(mod, src, path.name == "__init__.py"):
            while target not in names and "." in target:
                target = target.rsplit(".", 1)[0]        # `from pkg.mod import name` -> pkg.mod
            theirs = layer_of(target)
            if mine is None or theirs is None:
                continue
            if LAYERS.index(theirs) < LAYERS.index(mine):
                bad.append(Violation(mod, line, target, f"layer {mine!r} may not import the higher layer {theirs!r}"))
            if module_level and target != mod and not mod.startswith(target + "."):
                graph[mod].add(target)
    bad += [Violation(c[0], 0, " -> ".join(c), "import circle") for c in cycles(graph)]
    return bad


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def main() -> int:
    bad = check()
    for v in bad:
        print(v, file=sys.stderr)
    if not bad:
        print(f"import contract: {len(modules())} modules, layers {' > '.join(LAYERS)}: no upward import, no circle")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
