"""Role privileges: who holds superuser or superuser-equivalent power."""
from __future__ import annotations

from typing import Iterator

from auditor.context import Context
from auditor.names import role_object
from auditor.results import Outcome, Severity

from ._common import ident

BOOTSTRAP_OID = 10  # the role initdb created; it owns the catalogs and cannot drop superuser


def extra_superusers(ctx: Context) -> Iterator[Outcome]:
    """Every superuser beyond the bootstrap role is one more key that opens everything."""
    for role in ctx.snap.roles:
        obj = role_object(role.name)
        if role.superuser and role.oid != BOOTSTRAP_OID:
            yield Outcome.fail(
                obj, f"role {role.name} is a superuser" + (" and can log in" if role.login else ""),
                severity=Severity.HIGH if role.login else Severity.MEDIUM,
                fix=f"ALTER ROLE {ident(role.name)} NOSUPERUSER;  -- grant pg_monitor / specific privileges instead",
                login=role.login)
        else:
            yield Outcome.ok(obj)


CHECKS = (extra_superusers,)
