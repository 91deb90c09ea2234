"""aclitem text ("grantee=arw*/grantor") parsed once per distinct ACL, and privilege letters named."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

PUBLIC = "PUBLIC"  # an empty grantee in an aclitem; a role literally named "PUBLIC" cannot exist (reserved)

PRIVILEGES = {
    "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE", "D": "TRUNCATE", "x": "REFERENCES",
    "t": "TRIGGER", "X": "EXECUTE", "U": "USAGE", "C": "CREATE", "c": "CONNECT", "T": "TEMPORARY",
    "s": "SET", "A": "ALTER SYSTEM", "m": "MAINTAIN",
}
WRITE_PRIVILEGES = frozenset("awdD")


@dataclass(frozen=True, slots=True)
class AclItem:
    grantee: str           # role name, or PUBLIC
    grantor: str
    privileges: str        # letters, e.g. "arwd"
    grantable: str         # the letters held WITH GRANT OPTION

    def has(self, letter: str) -> bool:
        return letter in self.privileges

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(PRIVILEGES.get(p, p) for p in self.privileges)


def _read_name(text: str, i: int, stops: str) -> tuple[str, int]:
    """Read a role name starting at i (quoted with "" doubling, or bare) up to one of `stops`."""
    if i < len(text) and text[i] == '"':
        out, i = [], i + 1
        while i < len(text):
            if text[i] == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    out.append('"')
                    i += 2
                    continue
                return "".join(out), i + 1
            out.append(text[i])
            i += 1
        raise ValueError(f"unterminated quoted name in aclitem {text!r}")
    j = i
    while j < len(text) and text[j] not in stops:
        j += 1
    return text[i:j], j


def parse_item(text: str) -> AclItem:
    grantee, i = _read_name(text, 0, "=")
    if i >= len(text) or text[i] != "=":
        raise ValueError(f"malformed aclitem {text!r}")
    i += 1
    privs, grantable = [], []
    while i < len(text) and text[i] != "/":
        privs.append(text[i])
        if i + 1 < len(text) and text[i + 1] == "*":
            grantable.append(text[i])
            i += 1
        i += 1
    grantor = _read_name(text, i + 1, "")[0] if i < len(text) else ""
    return AclItem(grantee or PUBLIC, grantor, "".join(privs), "".join(grantable))


@lru_cache(maxsize=65536)
def parse_acl(acl: tuple[str, ...]) -> tuple[AclItem, ...]:
    """Parse a whole ACL; cached because thousands of objects share a handful of distinct ACLs."""
    return tuple(parse_item(a) for a in acl)
