"""The office's signing key pair (Ed25519, through the ``cryptography`` package).

The private key is a file beside the database (``kttt.db.key``, see system.paths.signing_key_file),
readable by this user only, never inside the database: the database travels (backups, copies on a
USB stick, a file sent for help) and a key inside it would travel with it, so anyone holding a copy
could sign returns in the office's name. A restored backup or a new PC therefore has no key: a new
one is made, and the province registers it (the user guide tells the officer).
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kttt_desktop.core.errors import FileUnreadable
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.return_data import fingerprint
from kttt_desktop.system.files import fsync_folder, write_errors
from kttt_desktop.system.paths import signing_key_file

PUBLIC_KEY_BYTES = 32


def encode_key(public: bytes) -> str:
    return base64.b64encode(public).decode("ascii")


def decode_key(text: str) -> bytes | None:
    """The 32 bytes of a public key written as base64 (``None`` for anything else)."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (ValueError, TypeError):
        return None
    return raw if len(raw) == PUBLIC_KEY_BYTES else None


@dataclass(frozen=True)
class SigningKey:
    """The office's key pair; ``created``: made just now (the province does not know it yet)."""

    private: Ed25519PrivateKey
    path: Path
    created: bool = False

    @property
    def public(self) -> bytes:
        return self.private.public_key().public_bytes(serialization.Encoding.Raw,
                                                      serialization.PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)


def _unreadable(path: Path, problem: object) -> FileUnreadable:
    return FileUnreadable(translate(
        "Keys", "Không đọc được khóa ký {path} ({problem}). Nếu tệp bị hỏng, hãy xóa nó: chương "
        "trình sẽ tạo khóa mới, và tỉnh cần đăng ký khóa mới đó.").format(path=path,
                                                                       problem=problem))


def _read(path: Path) -> SigningKey:
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise _unreadable(path, exc.strerror or exc) from exc
    except (ValueError, TypeError) as exc:
        raise _unreadable(path, exc) from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise _unreadable(path, "not Ed25519")
    return SigningKey(private, path)


def _write(path: Path, private: Ed25519PrivateKey) -> None:
    """Write the key readable by this user only, whole or not at all."""
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    with write_errors(path):
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(descriptor, "wb") as f:
                f.write(pem)
                f.flush()
                os.fsync(f.fileno())
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        fsync_folder(path.parent)


def signing_key(database: Path, *, create: bool = True) -> SigningKey | None:
    """The key pair of the office whose database is ``database``; made when there is none and
    ``create`` (else ``None``)."""
    path = signing_key_file(Path(database).resolve())
    if path.exists():
        return _read(path)
    if not create:
        return None
    private = Ed25519PrivateKey.generate()
    _write(path, private)
    return SigningKey(private, path, created=True)


def signature_valid(public: bytes, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is the signature of ``message`` by the key ``public``."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
