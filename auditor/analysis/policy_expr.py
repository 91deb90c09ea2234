"""Reading row-level-security policy expressions (pg_get_expr output) with PostgreSQL's own parser (pglast).

pg_get_expr returns a valid SQL expression, so `SELECT <expr>` parses; we look at the tree, never at
the text: `USING (1 = 1)`, `USING ((true))` and `USING (true OR tenant_id = 1)` all filter nothing.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from pglast import ast, parse_sql
from pglast.enums import BoolExprType
from pglast.visitors import Visitor

_TRUE_WORDS = {"t", "true", "on", "yes", "y", "1"}
_FALSE_WORDS = {"f", "false", "off", "no", "n", "0"}


@lru_cache(maxsize=4096)
def parse(expr: str | None) -> Any:
    """The expression's parse tree, or None when there is none (or it does not parse)."""
    if not expr:
        return None
    try:
        select: Any = parse_sql(f"SELECT {expr}")[0].stmt   # pglast types every node field as optional
        return select.targetList[0].val
    except Exception:  # noqa: BLE001 - pglast raises ParseError; anything else means "cannot tell"
        return None


def _const(node: Any) -> Any:
    """The Python value of a constant (through casts), or a sentinel when the node is not one."""
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.A_Const) and not node.isnull:
        v = node.val
        for attr in ("boolval", "ival", "fval", "sval"):
            if hasattr(v, attr):
                return getattr(v, attr)
    return _NOT_CONST


_NOT_CONST = object()


def _truth(node: Any) -> bool | None:
    """True/False when the expression is constant whatever the row and session, else None."""
    c = _const(node)
    if c is not _NOT_CONST:
        if isinstance(c, bool):
            return c
        word = str(c).strip().lower()
        return True if word in _TRUE_WORDS else False if word in _FALSE_WORDS else None
    if isinstance(node, ast.BoolExpr):
        parts = [_truth(a) for a in node.args or ()]
        if node.boolop == BoolExprType.AND_EXPR:
            return False if False in parts else True if all(p is True for p in parts) else None
        if node.boolop == BoolExprType.OR_EXPR:
            return True if True in parts else False if all(p is False for p in parts) else None
        inner = parts[0] if parts else None
        return None if inner is None else not inner
    if isinstance(node, ast.A_Expr) and node.name and len(node.name) == 1:
        left, right = _const(node.lexpr), _const(node.rexpr)
        if left is _NOT_CONST or right is _NOT_CONST:
            return None
        op = node.name[0].sval
        if op == "=":
            return left == right
        if op in ("<>", "!="):
            return left != right
    return None


@lru_cache(maxsize=4096)
def always_true(expr: str | None) -> bool:
    """The expression lets every row through (USING (true), (1 = 1), true OR ...)."""
    node = parse(expr)
    if node is None:
        return (expr or "").strip("() ").lower() == "true"
    return _truth(node) is True


class _SettingCalls(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def visit_FuncCall(self, _ancestors: Any, node: ast.FuncCall) -> None:
        funcname = node.funcname or ()
        name = funcname[-1].sval.lower()
        schema = funcname[0].sval.lower() if len(funcname) > 1 else "pg_catalog"
        if name != "current_setting" or schema != "pg_catalog":
            return
        args = node.args or ()
        missing_ok = _const(args[1]) if len(args) > 1 else False
        if missing_ok is _NOT_CONST or (isinstance(missing_ok, bool) and missing_ok) \
                or str(missing_ok).lower() in _TRUE_WORDS:
            return
        setting = _const(args[0]) if args else _NOT_CONST
        self.found.append(str(setting) if setting is not _NOT_CONST else "?")


@lru_cache(maxsize=4096)
def settings_without_missing_ok(expr: str | None) -> tuple[str, ...]:
    """Settings read with current_setting(name) (or missing_ok false): the query errors when unset."""
    node = parse(expr)
    if node is None:
        return ()
    v = _SettingCalls()
    v(node)
    return tuple(dict.fromkeys(v.found))
