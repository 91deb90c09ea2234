"""The role graph against the server itself, on PostgreSQL 15 and 18.

Random membership graphs (grant options, NOINHERIT, ADMIN OPTION, superusers, CREATEROLE) are built on a
real cluster; privileges_of / settable / member_of must agree with pg_has_role for every pair, and every
path reach() and escalation() report is replayed as the login role (SET ROLE, GRANT with its ADMIN OPTION,
COPY ... PROGRAM) to prove it works. Everything replayed is rolled back.
"""
from __future__ import annotations

import random

import psycopg
import pytest
from psycopg import sql

from auditor.collect.collector import collect
from auditor.model.policy import Policy
from auditor.analysis.rolegraph import ADMIN, INHERIT, SERVER_PROGRAM, SERVER_WRITE, Path, RoleGraph

N = 9


@pytest.fixture(scope="module", params=["pg15", "pg16", "pg18"])
def pg(request, make_cluster):
    c = make_cluster(bindir=request.getfixturevalue(f"{request.param}_bindir"))
    yield c
    c.stop()


def _build(pg, seed: int) -> list[str]:
    """rg_0 superuser, rg_1 in pg_execute_server_program, rg_2 in pg_write_server_files, the rest login
    roles with random attributes; grants only from lower to higher numbers, so there is no cycle."""
    r = random.Random(seed)
    names = [f"rg_{i}" for i in range(N)]
    stmts = ["CREATE ROLE rg_0 NOLOGIN SUPERUSER", "CREATE ROLE rg_1 NOLOGIN IN ROLE pg_execute_server_program",
             "CREATE ROLE rg_2 NOLOGIN IN ROLE pg_write_server_files"]
    for name in names[3:]:
        attrs = ["LOGIN", r.choice(["INHERIT", "INHERIT", "NOINHERIT"])]
        if r.random() < 0.15:
            attrs.append("CREATEROLE")
        stmts.append(f"CREATE ROLE {name} {' '.join(attrs)}")
    for i in range(N):
        for j in range(i + 1, N):
            if r.random() < 0.3:
                if pg.major >= 16:
                    opts = ", ".join(f"{o} {r.choice(['TRUE', 'FALSE'])}" for o in ("ADMIN", "INHERIT", "SET"))
                    stmts.append(f"GRANT rg_{i} TO rg_{j} WITH {opts}")
                else:
                    stmts.append(f"GRANT rg_{i} TO rg_{j}" + (" WITH ADMIN OPTION" if r.random() < 0.3 else ""))
    pg.execute(";\n".join(stmts))
    return names


def _drop(pg) -> None:
    pg.execute(";".join(f"DROP ROLE IF EXISTS rg_{i}" for i in reversed(range(N))))


def _graph(pg) -> RoleGraph:
    snap = collect(pg.dsn(), Policy(sampling=False))
    return RoleGraph(snap.roles, snap.memberships, snap.server_major)


def _replay(conn: psycopg.Connection, login: str, path: Path, major: int) -> None:
    """Take the path as `login`: SET ROLE along set grants, GRANT oneself a role held WITH ADMIN OPTION."""
    acting = True
    for nxt, via in zip(path.roles[1:], path.via):
        if via == ADMIN:
            grant = "GRANT {} TO {} WITH SET TRUE" if major >= 16 else "GRANT {} TO {}"
            conn.execute(sql.SQL(grant).format(sql.Identifier(nxt), sql.Identifier(login)))
            conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(nxt)))
            acting = True
        elif via == INHERIT or not acting:
            acting = False  # privileges flow on without SET ROLE
        else:
            conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(nxt)))


@pytest.mark.parametrize("seed", range(4))
def test_graph_agrees_with_pg_has_role_and_every_path_replays(pg, seed):
    names = _build(pg, seed)
    try:
        g = _graph(pg)
        set_priv = "SET" if pg.major >= 16 else "MEMBER"
        rows = pg.execute(f"""
            SELECT a.rolname, b.rolname, pg_has_role(a.oid, b.oid, 'USAGE'), pg_has_role(a.oid, b.oid, '{set_priv}'),
                   pg_has_role(a.oid, b.oid, 'MEMBER')
            FROM pg_roles a, pg_roles b WHERE a.rolname LIKE 'rg\\_%' AND NOT a.rolsuper AND (b.rolname LIKE 'rg\\_%' OR b.oid < 16384)""")
        assert len(rows) > 8 * 8                      # a superuser has every role; it is left out
        for a, b, usage, can_set, member in rows:
            assert (b in g.privileges_of(a)) == usage, (a, b, "USAGE")
            assert (b in g.settable(a)) == can_set, (a, b, set_priv)
            assert (b in g.member_of(a)) == member, (a, b, "MEMBER")
        with pg.connect() as conn:
            for login in names[3:]:
                reach = g.reach(login)
                for target in reach.acts:
                    with conn.transaction(force_rollback=True):
                        conn.execute(sql.SQL("SET SESSION AUTHORIZATION {}").format(sql.Identifier(login)))
                        _replay(conn, login, reach.act_path(target), pg.major)
                        assert conn.execute("SELECT current_user").fetchone()[0] == target
                for target in reach.privs:
                    with conn.transaction(force_rollback=True):
                        conn.execute(sql.SQL("SET SESSION AUTHORIZATION {}").format(sql.Identifier(login)))
                        _replay(conn, login, reach.priv_path(target), pg.major)
                        assert conn.execute("SELECT pg_has_role(current_user, %s, 'USAGE')", (target,)).fetchone()[0]
                esc = g.escalation(login)
                if esc is None:
                    continue
                assert g.superuser_equivalent(login) == list(esc.path.roles)
                with conn.transaction(force_rollback=True):
                    conn.execute(sql.SQL("SET SESSION AUTHORIZATION {}").format(sql.Identifier(login)))
                    _replay(conn, login, esc.path, pg.major)
                    if esc.kind == "superuser":
                        assert conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]
                    elif esc.kind == "createrole":   # before 16: grant oneself the OS-command role, then use it
                        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(SERVER_PROGRAM), sql.Identifier(login)))
                        conn.execute("RESET ROLE")
                        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(SERVER_PROGRAM)))
                        conn.execute("COPY (SELECT 1) TO PROGRAM 'cat >/dev/null'")
                    elif esc.kind == "server_program":
                        conn.execute("COPY (SELECT 1) TO PROGRAM 'cat >/dev/null'")
                    else:
                        assert conn.execute("SELECT pg_has_role(current_user, %s, 'USAGE')", (SERVER_WRITE,)).fetchone()[0]
            # no escalation reported: the server agrees that no SET ROLE reaches a superuser or the program role
            for login in names[3:]:
                if g.escalation(login) is None:
                    assert not g.reach(login).acts & {"rg_0", "rg_1", SERVER_PROGRAM}
                    assert not pg.execute("SELECT pg_has_role(%s, 'rg_0', %s)", params=(login, set_priv))[0][0]
    finally:
        _drop(pg)


def test_createrole_is_superuser_equivalent_only_before_16(pg):
    pg.execute("CREATE ROLE rg_cr LOGIN CREATEROLE; CREATE ROLE rg_team NOLOGIN CREATEROLE; CREATE ROLE rg_m LOGIN IN ROLE rg_team")
    try:
        g = _graph(pg)
        if pg.major < 16:
            assert g.superuser_equivalent("rg_cr") == ["rg_cr"]
            assert g.superuser_equivalent("rg_m") == ["rg_m", "rg_team"]
            assert g.escalation("rg_m", createrole=False) is None
        else:
            assert g.superuser_equivalent("rg_cr") is None and g.superuser_equivalent("rg_m") is None
        assert g.attribute_path("rg_m", "createrole").roles == ("rg_m", "rg_team")
    finally:
        pg.execute("DROP ROLE rg_m; DROP ROLE rg_team; DROP ROLE rg_cr")


def test_paths_render_with_their_steps(pg):
    if pg.major < 16:
        pytest.skip("grant options exist on PostgreSQL 16+")
    pg.execute("""CREATE ROLE rg_a LOGIN; CREATE ROLE rg_b NOLOGIN; CREATE ROLE rg_p NOLOGIN IN ROLE pg_execute_server_program;
                  GRANT rg_b TO rg_a WITH INHERIT TRUE, SET FALSE; GRANT rg_p TO rg_b WITH ADMIN TRUE, INHERIT FALSE, SET FALSE""")
    try:
        esc = _graph(pg).escalation("rg_a")
        assert esc.kind == "server_program"
        assert esc.path.roles == ("rg_a", "rg_b", "rg_p", SERVER_PROGRAM)
        assert esc.path.text() == "rg_a -> rg_b -[ADMIN OPTION]-> rg_p -> pg_execute_server_program"
    finally:
        pg.execute("DROP ROLE rg_a; DROP ROLE rg_p; DROP ROLE rg_b")
