"""The auditing roles: recognised the same way whoever runs the audit, so the result does not depend on it.

Recognised: DEFAULT_AUDITOR_ROLE (what `pgcomply role-sql` creates) and the policy's `auditor_roles`, when
they exist. The session user is deliberately not among them: auditing as a superuser or as the auditing role
must give the same findings and score (docs/policy.md, "Auditing roles").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from auditor.model.policy import DEFAULT_AUDITOR_ROLE

if TYPE_CHECKING:
    from auditor.analysis.context import Context


def auditing_roles(ctx: "Context") -> frozenset[str]:
    """Existing roles recognised as auditing roles; their read access is accepted, not counted."""
    return ctx.derive(_auditing_roles)


def _auditing_roles(ctx: "Context") -> frozenset[str]:
    wanted = {DEFAULT_AUDITOR_ROLE, *ctx.policy.auditor_roles}
    return frozenset(r.name for r in ctx.snap.roles if r.name in wanted)


def recognised_by(ctx: "Context", role: str) -> str:
    """Why a role is recognised, in words for the report."""
    if role in ctx.policy.auditor_roles:
        return "listed in the policy's auditor_roles"
    return "the default name of the role `pgcomply role-sql` creates"
