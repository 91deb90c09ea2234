"""Evidence bundles: the snapshot, every report format and the policy, hashed into a manifest signed with Ed25519.

An external auditor gets a directory they can check without trusting the person who hands it over:
`pgcomply verify DIR --public-key KEY.pub` recomputes every SHA-256, refuses missing, extra or
symlinked files, and checks the detached signature over the exact manifest bytes. Without
--public-key the key embedded in the manifest is used, which proves integrity but not origin.

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
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterable

from . import __version__

MANIFEST, SIGNATURE, POLICY_FILE, SNAPSHOT_FILE = "manifest.json", "manifest.sig", "policy.toml", "snapshot.json"
BUNDLE_KIND = "pgcomply-evidence"
MANIFEST_VERSION = 1
ENV_KEY, ENV_PASSPHRASE = "PGCOMPLY_SIGNING_KEY", "PGCOMPLY_SIGNING_KEY_PASSPHRASE"


class BundleError(ValueError):
    """A bundle or key that cannot be used at all (usage error, exit 2); one line, never key material."""


@dataclass
class Verification:
    ok: bool
    problems: list[str] = field(default_factory=list)   # each one a reason the bundle must not be trusted
    notes: list[str] = field(default_factory=list)
    manifest: dict[str, Any] | None = None


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
    try:
        if force and path.exists():
            path.unlink()
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        pub_path.write_bytes(key.public_key().public_bytes(serialization.Encoding.PEM,
                                                           serialization.PublicFormat.SubjectPublicKeyInfo))
    except OSError as exc:
        raise BundleError(f"cannot write key {exc.filename}: {exc.strerror}") from None
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


def write_bundle(out_dir: Path, *, snapshot: Any, report: dict[str, Any], policy: Any, key: Any,
                 secrets: Iterable[str] = ()) -> Path:
    """Write and sign a bundle into an empty (or new) directory; return the manifest's path.

    `secrets` (e.g. the connection password) must appear in no file: if one does, nothing is
    signed and the directory is removed, because a bundle is made to be handed to other people.
    """
    from cryptography.hazmat.primitives import serialization

    from .render import FORMATS, render
    from .serialize import write_snapshot

    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise BundleError(f"evidence directory {out_dir} is not empty; use a new directory per bundle")
    out_dir.mkdir(parents=True, exist_ok=True)
    write_snapshot(snapshot, out_dir / SNAPSHOT_FILE)
    for fmt in FORMATS:
        render(fmt, report, out_dir)
    if getattr(policy, "source_text", ""):
        (out_dir / POLICY_FILE).write_text(policy.source_text, "utf-8")
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
    (out_dir / MANIFEST).write_bytes(body)
    (out_dir / SIGNATURE).write_text(base64.b64encode(key.sign(body)).decode() + "\n", "ascii")
    return out_dir / MANIFEST


# -- verifying -------------------------------------------------------------------------------------------

def _safe_relpath(name: Any) -> bool:
    if not isinstance(name, str) or not name or "\\" in name or "\x00" in name:
        return False
    p = PurePosixPath(name)
    return not p.is_absolute() and ".." not in p.parts and name not in (MANIFEST, SIGNATURE)


def _check_signature(body: bytes, sig_path: Path, public: Any, result: Verification) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        signature = base64.b64decode(sig_path.read_text("ascii").strip(), validate=True)
        public.verify(signature, body)
        return True
    except FileNotFoundError:
        result.problems.append(f"{SIGNATURE} is missing: the bundle is not signed")
    except (InvalidSignature, ValueError, UnicodeDecodeError):
        result.problems.append(f"{SIGNATURE} does not match {MANIFEST}: the manifest was changed or signed by another key")
    return False


def _embedded_key(manifest: dict[str, Any]) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["signature"]["public_key"], validate=True))


def verify_bundle(root: Path, public_key_path: str | Path | None = None) -> Verification:
    """Every problem found, not just the first: a reviewer wants the whole picture of a tampered bundle."""
    if not root.is_dir():
        raise BundleError(f"{root} is not a directory")
    if not (root / MANIFEST).is_file():
        raise BundleError(f"{root} is not an evidence bundle (no {MANIFEST})")
    public = load_public_key(public_key_path) if public_key_path is not None else None
    result = Verification(ok=False)
    body = (root / MANIFEST).read_bytes()
    try:
        manifest = json.loads(body.decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("kind") != BUNDLE_KIND:
            raise ValueError("kind")
    except ValueError:
        manifest = None
        result.problems.append(f"{MANIFEST} is not a valid pgcomply manifest")
    if public is None and manifest is not None:
        try:
            public = _embedded_key(manifest)
            result.notes.append(f"signature checked with the public key embedded in the manifest "
                                f"({fingerprint(public)}): this proves the files were not changed after signing, "
                                f"not who signed them; pass --public-key to prove origin")
        except (KeyError, TypeError, ValueError):
            result.problems.append(f"{MANIFEST} carries no usable public key")
    if public is not None:
        if _check_signature(body, root / SIGNATURE, public, result) and public_key_path is not None:
            result.notes.append(f"signature verified with {public_key_path} ({fingerprint(public)})")
    if manifest is not None:
        _check_files(root, manifest, result)
    result.ok = not result.problems
    result.manifest = manifest
    return result


def _check_files(root: Path, manifest: dict[str, Any], result: Verification) -> None:
    listed = manifest.get("files")
    if not isinstance(listed, list):
        result.problems.append(f"{MANIFEST} lists no files")
        return
    seen = set()
    for entry in listed:
        name = entry.get("path") if isinstance(entry, dict) else None
        if not _safe_relpath(name):
            result.problems.append(f"{MANIFEST} lists an unsafe path {name!r}")
            continue
        seen.add(name)
        path = root / name
        if path.is_symlink():
            result.problems.append(f"{name} is a symbolic link")
        elif not path.is_file():
            result.problems.append(f"{name} is missing")
        elif path.stat().st_size != entry.get("size"):
            result.problems.append(f"{name} changed: {path.stat().st_size} bytes, the manifest says {entry.get('size')}")
        elif _sha256(path) != entry.get("sha256"):
            result.problems.append(f"{name} changed: its SHA-256 differs from the manifest")
    for p in _files(root):
        rel = p.relative_to(root).as_posix()
        if rel not in seen and rel not in (MANIFEST, SIGNATURE):
            result.problems.append(f"{rel} is not in the manifest (added after signing)")
