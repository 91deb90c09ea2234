"""Evidence bundles: the snapshot, every report format and the policy, hashed into a manifest signed with Ed25519.

An external auditor gets a directory they can check without trusting the person who hands it over:
`pgcomply verify DIR --public-key KEY.pub` recomputes every SHA-256, refuses missing, extra or
symlinked files, and checks the detached signature over the exact manifest bytes with a key the
verifier trusts: --public-key, else $PGCOMPLY_TRUSTED_KEY (a path). The public key the manifest
carries is never used to verify: anyone who edits a bundle can re-sign it and swap that key.

Keys: `pgcomply keygen FILE` writes FILE (PKCS#8 PEM, mode 0600) and FILE.pub. Signing reads
--signing-key FILE, else $PGCOMPLY_SIGNING_KEY, which holds either the PEM text itself (it starts
with -----BEGIN) or a path to it; an encrypted key's passphrase comes from
$PGCOMPLY_SIGNING_KEY_PASSPHRASE.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterable

from auditor import __version__
from auditor.outputs import make_dir, write_file

MANIFEST, SIGNATURE, POLICY_FILE, SNAPSHOT_FILE = "manifest.json", "manifest.sig", "policy.toml", "snapshot.json"
BUNDLE_KIND = "pgcomply-evidence"
MANIFEST_VERSION = 1
ENV_KEY, ENV_PASSPHRASE = "PGCOMPLY_SIGNING_KEY", "PGCOMPLY_SIGNING_KEY_PASSPHRASE"
ENV_TRUSTED = "PGCOMPLY_TRUSTED_KEY"
MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES = 16 * 1024 * 1024, 4096
# terminal controls (C0, DEL, C1), bidi embeddings/overrides/isolates/marks, line and paragraph separators
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class BundleError(ValueError):
    """A bundle or key that cannot be used at all (usage error, exit 2); one line, never key material."""


@dataclass
class Verification:
    ok: bool
    problems: list[str] = field(default_factory=list)   # each one a reason the bundle must not be trusted
    notes: list[str] = field(default_factory=list)
    manifest: dict[str, Any] | None = None
    signer: str = ""                                     # fingerprint of the trusted key that verified it


# -- keys ------------------------------------------------------------------------------------------------

def _passphrase() -> bytes | None:
    value = os.environ.get(ENV_PASSPHRASE)
    return value.encode() if value else None


def fingerprint(public_key: Any) -> str:
    from cryptography.hazmat.primitives import serialization
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "SHA256:" + base64.b64encode(hashlib.sha256(raw).digest()).decode().rstrip("=")


def generate_key(path: Path, *, force: bool = False) -> tuple[Path, Path, str]:
    """Write a new private key (0600, created that way: never readable by others) and its public key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    pub_path = path.with_name(path.name + ".pub")
    for p in (path, pub_path):
        if p.exists() and not force:
            raise BundleError(f"{p} exists; pass --force to overwrite it")
    key = Ed25519PrivateKey.generate()
    phrase = _passphrase()
    enc = serialization.BestAvailableEncryption(phrase) if phrase else serialization.NoEncryption()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)
    write_file(path, pem)       # 0600 from creation, atomic, a symlink at the name is replaced (not followed)
    write_file(pub_path, key.public_key().public_bytes(serialization.Encoding.PEM,
                                                       serialization.PublicFormat.SubjectPublicKeyInfo))
    return path, pub_path, fingerprint(key.public_key())


def load_private_key(path: str | Path | None) -> Any:
    """The Ed25519 signing key from a file, else from $PGCOMPLY_SIGNING_KEY (PEM text or a path)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if path is None:
        env = os.environ.get(ENV_KEY, "")
        if not env.strip():
            raise BundleError(f"--evidence needs a signing key: --signing-key FILE or ${ENV_KEY} "
                              "(create one with `pgcomply keygen`)")
        origin = f"${ENV_KEY}"
        data = env.encode() if env.lstrip().startswith("-----BEGIN") else _read_bytes(Path(env), origin)
    else:
        origin = str(path)
        data = _read_bytes(Path(path), origin)
    try:
        key = serialization.load_pem_private_key(data, password=_passphrase())
    except TypeError:
        raise BundleError(f"{origin}: the private key is encrypted; set ${ENV_PASSPHRASE}") from None
    except ValueError:
        raise BundleError(f"{origin}: not a PEM private key (or a wrong passphrase)") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BundleError(f"{origin}: not an Ed25519 key (create one with `pgcomply keygen`)")
    return key


def load_public_key(path: str | Path) -> Any:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    data = _read_bytes(Path(path), str(path))
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        raise BundleError(f"{path}: not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise BundleError(f"{path}: not an Ed25519 public key")
    return key


def _read_bytes(path: Path, origin: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BundleError(f"cannot read key {origin}: {exc.strerror}") from None


# -- writing ---------------------------------------------------------------------------------------------

def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def canonical(manifest: dict[str, Any]) -> bytes:
    """The manifest bytes that are written and signed: sorted keys, fixed indentation, UTF-8."""
    return (json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() or p.is_symlink())


def _leaks(root: Path, secrets: Iterable[str]) -> list[str]:
    needles = [s.encode() for s in secrets if s and len(s) >= 4]
    found = []
    for p in _files(root):
        data = p.read_bytes()
        if any(n in data for n in needles):
            found.append(p.relative_to(root).as_posix())
    return found


def bundle_record(out_dir: Path, key: Any) -> dict[str, Any]:
    """What report.json says of the bundle written beside it (key `evidence_bundle`): where it is and which key
    signs it. The manifest's own digest cannot be in a file the manifest hashes; the chain runs the other way:
    the report's SHA-256 (document control) is listed in manifest.json, which the signature covers."""
    return {"directory": str(out_dir), "manifest": MANIFEST, "signature": SIGNATURE, "algorithm": "Ed25519",
            "public_key_fingerprint": fingerprint(key.public_key()), "verify": f"pgcomply verify {out_dir}"}


def write_bundle(out_dir: Path, *, snapshot: Any, report: dict[str, Any], policy: Any, key: Any,
                 secrets: Iterable[str] = ()) -> Path:
    """Write and sign a bundle into an empty (or new) directory; return the manifest's path.

    `secrets` (e.g. the connection password) must appear in no file: if one does, nothing is
    signed and the directory is removed, because a bundle is made to be handed to other people.
    """
    from cryptography.hazmat.primitives import serialization

    from auditor.render import FORMATS, render
    from auditor.collect.serialize import write_snapshot

    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise BundleError(f"evidence directory {out_dir} is not empty; use a new directory per bundle")
    make_dir(out_dir)
    write_snapshot(snapshot, out_dir / SNAPSHOT_FILE)
    for fmt in FORMATS:
        render(fmt, report, out_dir)
    if getattr(policy, "source_text", ""):
        write_file(out_dir / POLICY_FILE, policy.source_text)
    if leaked := _leaks(out_dir, secrets):
        shutil.rmtree(out_dir, ignore_errors=True)
        raise BundleError(f"refusing to sign: {', '.join(leaked)} would contain the connection password")
    public = key.public_key()
    target = report.get("target", {})
    manifest = {
        "kind": BUNDLE_KIND, "manifest_version": MANIFEST_VERSION,
        "tool": {"name": "pgcomply", "version": __version__},
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "target": {k: target.get(k) for k in ("dsn", "host", "port", "server_version", "databases")},
        "audit": {"started_at": report.get("started_at"), "score": report.get("score", {}).get("value"),
                  "grade": report.get("score", {}).get("grade"),
                  "policy_source": Path(policy.source).name if getattr(policy, "source", None) else None},
        "files": [{"path": p.relative_to(out_dir).as_posix(), "sha256": _sha256(p), "size": p.stat().st_size}
                  for p in _files(out_dir)],
        "signature": {"algorithm": "Ed25519", "file": SIGNATURE, "public_key_fingerprint": fingerprint(public),
                      "public_key": base64.b64encode(public.public_bytes(
                          serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()},
    }
    body = canonical(manifest)
    write_file(out_dir / MANIFEST, body)
    write_file(out_dir / SIGNATURE, base64.b64encode(key.sign(body)).decode() + "\n")
    return out_dir / MANIFEST


# -- verifying -------------------------------------------------------------------------------------------

def terminal_safe(value: Any) -> str:
    """Text from a bundle, fit for a terminal: control and bidi characters escaped (\\x1b, \\u202e), so a
    field such as the target DSN cannot move the cursor, rewrite an earlier line or reorder what is shown."""
    def esc(m: re.Match[str]) -> str:
        c = ord(m.group())
        return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"
    return _CONTROL.sub(esc, str(value))


def trusted_key_path(option: str | Path | None) -> str | Path:
    """--public-key, else $PGCOMPLY_TRUSTED_KEY; without either there is nothing to verify against."""
    if option is not None:
        return option
    env = os.environ.get(ENV_TRUSTED, "").strip()
    if env:
        return env
    raise BundleError(f"verify needs the signer's public key: --public-key FILE or ${ENV_TRUSTED}=FILE "
                      "(the key inside a bundle proves nothing about who signed it)")


def _read_limited(path: Path, limit: int, what: str) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise BundleError(f"cannot read {what}: {exc.strerror}") from None
    if len(data) > limit:
        raise BundleError(f"{what} is malformed: larger than {limit} bytes")
    return data


def _malformed(why: str) -> BundleError:
    return BundleError(f"{MANIFEST} is malformed: {why}")


def parse_manifest(body: bytes) -> dict[str, Any]:
    """The manifest as a dict whose every field verify uses has the right type, else one-line BundleError."""
    try:
        m = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _malformed("not UTF-8 JSON") from None
    if not isinstance(m, dict):
        raise _malformed("not a JSON object")
    if m.get("kind") != BUNDLE_KIND:
        raise _malformed(f'"kind" is not "{BUNDLE_KIND}"')
    if type(m.get("manifest_version")) is not int or m["manifest_version"] != MANIFEST_VERSION:
        raise _malformed(f'"manifest_version" is not {MANIFEST_VERSION}')
    for key, typ, name in (("files", list, "a list"), ("target", dict, "an object"),
                           ("signature", dict, "an object"), ("created_at", str, "a string")):
        if not isinstance(m.get(key), typ):
            raise _malformed(f'"{key}" is missing or not {name}')
    if not m["files"]:
        raise _malformed('"files" is empty')
    for i, entry in enumerate(m["files"], 1):
        if not isinstance(entry, dict):
            raise _malformed(f"files entry {i} is not an object")
        for key, typ in (("path", str), ("sha256", str), ("size", int)):
            if type(entry.get(key)) is not typ:
                raise _malformed(f'files entry {i}: "{key}" is missing or not a {typ.__name__}')
    if not isinstance(m["target"].get("dsn"), (str, type(None))):
        raise _malformed('"target.dsn" is not a string')
    return m


def _safe_relpath(name: Any) -> bool:
    if not isinstance(name, str) or not name or "\\" in name or "\x00" in name:
        return False
    p = PurePosixPath(name)
    return not p.is_absolute() and ".." not in p.parts and name not in (MANIFEST, SIGNATURE)


def _check_signature(body: bytes, sig_path: Path, public: Any, result: Verification) -> bool:
    from cryptography.exceptions import InvalidSignature

    if sig_path.is_symlink():
        result.problems.append(f"{SIGNATURE} is a symbolic link")
        return False
    if not sig_path.is_file():
        result.problems.append(f"{SIGNATURE} is missing: the bundle is not signed")
        return False
    try:
        raw = _read_limited(sig_path, MAX_SIGNATURE_BYTES, SIGNATURE)
        signature = base64.b64decode(raw.decode("ascii").strip(), validate=True)
        public.verify(signature, body)
        return True
    except (InvalidSignature, BundleError, ValueError, UnicodeDecodeError):
        result.problems.append(f"{SIGNATURE} does not match {MANIFEST}: the manifest was changed or signed by another key")
    return False


def verify_bundle(root: Path, public_key_path: str | Path) -> Verification:
    """Check the bundle against a trusted public key; every problem found, not just the first, because a
    reviewer wants the whole picture of a tampered bundle. An unusable bundle or key is a BundleError."""
    if not root.is_dir():
        raise BundleError(f"{root} is not a directory")
    if not (root / MANIFEST).is_file():
        raise BundleError(f"{root} is not an evidence bundle (no {MANIFEST})")
    public = load_public_key(public_key_path)
    result = Verification(ok=False, signer=fingerprint(public))
    if (root / MANIFEST).is_symlink():
        result.problems.append(f"{MANIFEST} is a symbolic link")
        return result
    body = _read_limited(root / MANIFEST, MAX_MANIFEST_BYTES, MANIFEST)
    result.manifest = parse_manifest(body)
    if _check_signature(body, root / SIGNATURE, public, result):
        result.notes.append(f"signature verified with {public_key_path} ({result.signer})")
    _check_files(root, result.manifest, result)
    result.ok = not result.problems
    return result


def _check_files(root: Path, manifest: dict[str, Any], result: Verification) -> None:
    seen = set()
    for entry in manifest["files"]:
        name = entry["path"]
        if not _safe_relpath(name):
            result.problems.append(f"{MANIFEST} lists an unsafe path {name!r}")
            continue
        seen.add(name)
        try:
            _check_file(root / name, name, entry, result)
        except OSError as exc:   # a name too long, a component that is a file...: still one line, no traceback
            result.problems.append(f"{name} cannot be read: {exc.strerror or type(exc).__name__}")
    for p in _files(root):
        rel = p.relative_to(root).as_posix()
        if rel not in seen and rel not in (MANIFEST, SIGNATURE):
            result.problems.append(f"{rel} is not in the manifest (added after signing)")


def _check_file(path: Path, name: str, entry: dict[str, Any], result: Verification) -> None:
    if path.is_symlink():
        result.problems.append(f"{name} is a symbolic link")
    elif not path.is_file():
        result.problems.append(f"{name} is missing")
    elif path.stat().st_size != entry["size"]:
        result.problems.append(f"{name} changed: {path.stat().st_size} bytes, the manifest says {entry['size']}")
    elif _sha256(path) != entry["sha256"]:
        result.problems.append(f"{name} changed: its SHA-256 differs from the manifest")
