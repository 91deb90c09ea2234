"""A linter for SQL that pgcomply sends into databases it does not trust.

Whatever resolves by name through search_path can be an object planted by the audited database's users
(the CVE-2018-1058 pattern): an operator `public.!~(name, name)` is an exact match for `name !~ '^pg_'`
and wins over pg_catalog's. So every function, operator, type, relation and TABLESAMPLE method must be
pg_catalog-qualified, and every string literal typed, so that no user signature can be a better match.
The walk is over PostgreSQL's own parse tree (pglast), never over the text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pglast import ast, parse_sql
from pglast.enums import A_Expr_Kind, SubLinkType

_PLACEHOLDER = re.compile(r"%%|%\((\w+)\)[sbt]|%[sbt]")

# A_Expr kinds whose SQL syntax has no qualified form: they always look their operator up by search_path.
_UNQUALIFIABLE = {
    A_Expr_Kind.AEXPR_IN: "IN (...) list",
    A_Expr_Kind.AEXPR_LIKE: "LIKE",
    A_Expr_Kind.AEXPR_ILIKE: "ILIKE",
    A_Expr_Kind.AEXPR_SIMILAR: "SIMILAR TO",
    A_Expr_Kind.AEXPR_DISTINCT: "IS DISTINCT FROM",
    A_Expr_Kind.AEXPR_NOT_DISTINCT: "IS NOT DISTINCT FROM",
    A_Expr_Kind.AEXPR_NULLIF: "NULLIF",
    A_Expr_Kind.AEXPR_BETWEEN: "BETWEEN",
    A_Expr_Kind.AEXPR_NOT_BETWEEN: "NOT BETWEEN",
    A_Expr_Kind.AEXPR_BETWEEN_SYM: "BETWEEN SYMMETRIC",
    A_Expr_Kind.AEXPR_NOT_BETWEEN_SYM: "NOT BETWEEN SYMMETRIC",
}


def to_dollar_params(query: str) -> str:
    """psycopg placeholders (%s, %(name)s, %b, %t) as $n so the server's parser accepts the text."""
    numbers: dict[str, int] = {}

    def repl(m: re.Match[str]) -> str:
        if m.group(0) == "%%":
            return "%"
        key = m.group(1) or f"#{len(numbers)}"
        numbers.setdefault(key, len(numbers) + 1)
        return f"${numbers[key]}"
    return _PLACEHOLDER.sub(repl, query)


def _names(nodes: Any) -> list[str]:
    return [getattr(n, "sval", "?") for n in nodes or ()]


def _qualified(nodes: Any) -> bool:
    names = _names(nodes)
    return len(names) == 2 and names[0] == "pg_catalog"


def _nodes_in(value: Any) -> Iterator[ast.Node]:
    if isinstance(value, ast.Node):
        yield value
    elif isinstance(value, (list, tuple)):   # lists of lists too (RangeFunction.functions)
        for v in value:
            yield from _nodes_in(v)


def _children(node: ast.Node) -> Iterator[ast.Node]:
    for slot in node.__slots__:
        yield from _nodes_in(getattr(node, slot, None))


def _walk(node: ast.Node, parent: ast.Node | None = None) -> Iterator[tuple[ast.Node, ast.Node | None]]:
    yield node, parent
    for child in _children(node):
        yield from _walk(child, node)


def _typed_by_cast(node: ast.Node, parent: ast.Node | None, grandparent: ast.Node | None) -> bool:
    """A literal is typed when it is cast directly, or is an element of ARRAY[...] cast directly
    (the parser then gives each element the cast's element type)."""
    if isinstance(parent, ast.TypeCast):
        return True
    return isinstance(parent, ast.A_ArrayExpr) and isinstance(grandparent, ast.TypeCast)


def _op(nodes: Any) -> str:
    return ".".join(_names(nodes)) or "="


def sql_problems(query: Any) -> list[str]:
    """Every name in the query that search_path could resolve to a user's object, one line each.

    Accepts a str (psycopg placeholders allowed) or a psycopg.sql.Composable. An empty list means clean.
    """
    if hasattr(query, "as_string"):
        query = query.as_string(None)
    tree = parse_sql(to_dollar_params(query))
    parents: dict[int, ast.Node | None] = {}
    nodes: list[ast.Node] = []
    for raw in tree:
        for node, parent in _walk(raw):
            parents[id(node)] = parent
            nodes.append(node)
    ctes = {n.ctename for n in nodes if isinstance(n, ast.CommonTableExpr)}
    out: list[str] = []
    for node in nodes:
        parent = parents.get(id(node))
        problem = _problem(node, parent, parents.get(id(parent)) if parent is not None else None, ctes)
        if problem:
            out.append(problem)
    return out


def _problem(node: ast.Node, parent: ast.Node | None, grandparent: ast.Node | None, ctes: set[str]) -> str | None:
    if isinstance(node, ast.FuncCall) and not _qualified(node.funcname):
        return f"function {_op(node.funcname)}() is not qualified with pg_catalog"
    if isinstance(node, ast.A_Expr):
        if node.kind in _UNQUALIFIABLE:
            return (f"{_UNQUALIFIABLE[node.kind]} looks up operator {_op(node.name)} by search_path "
                    "(use OPERATOR(pg_catalog.op), ANY (ARRAY[...]::pg_catalog.type[]) ...)")
        if not _qualified(node.name):
            return f"operator {_op(node.name)} is not OPERATOR(pg_catalog.{_names(node.name)[-1]})"
    if isinstance(node, ast.SubLink) and node.subLinkType in (SubLinkType.ANY_SUBLINK, SubLinkType.ALL_SUBLINK,
                                                               SubLinkType.ROWCOMPARE_SUBLINK):
        if not _qualified(node.operName):
            return f"subquery comparison with operator {_op(node.operName)} is not qualified with pg_catalog"
    if isinstance(node, ast.A_Const) and isinstance(node.val, ast.String) and not node.isnull:
        if not _typed_by_cast(node, parent, grandparent):
            return f"string constant {node.val.sval!r} has no explicit type (add ::pg_catalog.type)"
    if isinstance(node, ast.TypeName) and not _qualified(node.names):
        return f"type {_op(node.names)} is not qualified with pg_catalog"
    if isinstance(node, ast.RangeTableSample) and not _qualified(node.method):
        return f"TABLESAMPLE method {_op(node.method)} is not qualified with pg_catalog"
    if isinstance(node, ast.CaseExpr) and node.arg is not None:
        return "CASE x WHEN ... compares with an unqualified = (write CASE WHEN x OPERATOR(pg_catalog.=) ...)"
    if isinstance(node, ast.JoinExpr) and (node.usingClause or node.isNatural):
        return "JOIN USING / NATURAL JOIN compares with an unqualified = (write ON ... OPERATOR(pg_catalog.=) ...)"
    if isinstance(node, ast.SortBy) and node.useOp and not _qualified(node.useOp):
        return f"ORDER BY ... USING {_op(node.useOp)} is not qualified with pg_catalog"
    if isinstance(node, ast.RangeVar) and not node.schemaname and node.relname not in ctes:
        return f"relation {node.relname} is not schema-qualified"
    return None
