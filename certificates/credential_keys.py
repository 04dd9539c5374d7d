"""The private Ed25519 keys that sign the site's Open Badges credentials: a JSON list
of JWKs in CREDENTIAL_SIGNING_KEYS_FILE, newest first, readable by its owner only.
The newest signs; all are published, so a credential outlives a key rotation."""

import json
import os
import tempfile
from pathlib import Path

from django.conf import settings
from joserfc.jwk import OKPKey

_loaded: dict = {}


def signing_keys() -> list[OKPKey]:
    """The site's private keys, newest first, read again whenever the file changes
    (a rotation in another process). The first key is made when there is none."""
    path = Path(settings.CREDENTIAL_SIGNING_KEYS_FILE)
    try:
        stat = path.stat()
    except FileNotFoundError:
        _create_first_key(path)
        stat = path.stat()
    stamp = (str(path), stat.st_ino, stat.st_mtime_ns, stat.st_size)
    if _loaded.get("stamp") != stamp:
        entries = json.loads(path.read_text(encoding="utf-8"))
        _loaded.update(stamp=stamp, keys=[OKPKey.import_key(e) for e in entries])
    return _loaded["keys"]


def rotate_signing_key(*, keep: int | None = None) -> OKPKey:
    """A new key signs from now on; older ones stay published (the `keep` newest
    in all, when given) so credentials they signed still verify."""
    path = Path(settings.CREDENTIAL_SIGNING_KEYS_FILE)
    keys = [_new_key(), *(signing_keys() if path.exists() else [])]
    _write_keys(path, keys[:keep] if keep else keys)
    return keys[0]


def _new_key() -> OKPKey:
    return OKPKey.generate_key("Ed25519", auto_kid=True)  # kid: the RFC 7638 thumbprint


def _create_first_key(path: Path) -> None:
    # Linked into place, never replaced: two processes starting at once keep one key.
    temporary = _temporary_file(path, [_new_key()])
    try:
        os.link(temporary, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(temporary)


def _write_keys(path: Path, keys: list[OKPKey]) -> None:
    os.replace(_temporary_file(path, keys), path)


def _temporary_file(path: Path, keys: list[OKPKey]) -> str:
    """The keys in a new file beside `path`, readable by this user only (mkstemp)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=".credential-keys-")
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump([key.as_dict(private=True) for key in keys], file, indent=2)
        file.flush()
        os.fsync(file.fileno())
    return name
