"""Signing keys: this office's key pair and the offices' public keys a province registers.

An office signs its returns with its own key (data.keys). Once, it sends its public key up to
the province as a small file (:func:`export_public_key`), and its officer reads the key's
fingerprint to the province's officer over the phone. The province registers the file only when
the fingerprint it shows is the one read out (:func:`register_key`); from then on, returns
signed by that key verify (services.returns.seal). A key is revoked when the office changes PC,
loses it or leaves (:func:`revoke_key`): returns signed by it are refused from then on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import select

from kttt_desktop.core import clock
from kttt_desktop.core.errors import InputError, KtttError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.return_data import fingerprint, normal_fingerprint
from kttt_desktop.data.database import Database
from kttt_desktop.data.keys import SigningKey, decode_key, encode_key, signing_key
from kttt_desktop.data.models import RegisteredKey
from kttt_desktop.data.outputs import check_output
from kttt_desktop.services.office import load_profile
from kttt_desktop.system.files import write_bytes

KEY_FILE_FORMAT = "kttt-office-key"
KEY_FILE_SUFFIX = ".kttt-key"


def _t(text: str) -> str:
    return translate("Keys", text)


def office_key(db: Database) -> SigningKey:
    """This office's key pair, made now if the database has none beside it."""
    return signing_key(db.local_path, create=True)  # type: ignore[return-value]


def signing_key_for(db: Database) -> tuple[SigningKey | None, str]:
    """The key to sign this office's returns with, and what to tell the officer: that a key
    was just made, or why none could be (a return is then written unsigned, and the province
    refuses it unless it accepts it explicitly)."""
    try:
        key = office_key(db)
    except KtttError as exc:
        return None, _t("Báo cáo được ghi nhưng không được ký số: {problem}").format(
            problem=exc.message)
    return key, new_key_notice(key) if key.created else ""


def new_key_notice(key: SigningKey) -> str:
    """What to tell the officer when a key pair was just made."""
    return _t("Đã tạo khóa ký mới cho cơ quan (dấu vân tay {fingerprint}), lưu ở {path}. Hãy gửi "
              "khóa công khai lên tỉnh (kttt keys export) để báo cáo được xác thực.").format(
        fingerprint=key.fingerprint, path=key.path)


@dataclass(frozen=True)
class KeyFile:
    """An office's public key as it travels to the province."""

    office: str
    province_code: str
    area: tuple[str, ...]
    public_key: bytes
    created_at: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def default_key_file_name(db: Database) -> str:
    return f"khoa-cong-khai{KEY_FILE_SUFFIX}"


def export_public_key(db: Database, target: Path | str) -> tuple[Path, SigningKey]:
    """Write this office's public key (with its name and area) to ``target``."""
    target = check_output(target, database=db.path)
    profile = load_profile(db)
    if profile is None:
        raise InputError(_t("Cơ sở dữ liệu {path} chưa có thông tin cơ quan; hãy khai báo cơ quan "
                            "trước khi gửi khóa lên tỉnh.").format(path=db.name))
    key = office_key(db)
    content = {"format": KEY_FILE_FORMAT, "version": 1, "office": profile.name,
               "province_code": profile.province_code, "area": sorted(profile.area),
               "public_key": encode_key(key.public), "fingerprint": key.fingerprint,
               "created_at": clock.now().isoformat()}
    write_bytes(target, json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8"))
    return target, key


def read_key_file(path: Path | str) -> KeyFile:
    """The public key file an office sent; :class:`InputError` when it is not one."""
    path = Path(path)
    bad = InputError(_t("Tệp {path} không phải là tệp khóa công khai của KTTT Desktop (tệp "
                        "*{suffix} do đơn vị xuất bằng “Xuất khóa công khai”).").format(
        path=path, suffix=KEY_FILE_SUFFIX))
    try:
        if path.stat().st_size > 64 * 1024:
            raise bad
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        raise bad from None
    if not isinstance(content, dict) or content.get("format") != KEY_FILE_FORMAT:
        raise bad
    public = decode_key(str(content.get("public_key", "")))
    area = content.get("area")
    if public is None or not isinstance(area, list) or not content.get("office"):
        raise bad
    return KeyFile(str(content["office"]), str(content.get("province_code", "")),
                   tuple(sorted(str(c) for c in area)), public, str(content.get("created_at", "")))


@dataclass(frozen=True)
class Registered:
    """A registered key as lists show it."""

    id: int
    office: str
    fingerprint: str
    area: tuple[str, ...]
    public_key: bytes
    registered_at: datetime
    revoked_at: datetime | None
    revoked_reason: str

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def _registered(row: RegisteredKey) -> Registered:
    assert row.id is not None
    public = decode_key(row.public_key)
    assert public is not None
    return Registered(row.id, row.office, row.fingerprint,
                      tuple(c for c in row.area.split(",") if c), public, row.registered_at,
                      row.revoked_at, row.revoked_reason)


def registered_keys(db: Database) -> list[Registered]:
    """Every key this office registered, in the order they were registered."""
    with db.session() as s:
        return [_registered(r) for r in s.exec(select(RegisteredKey).order_by(RegisteredKey.id))]


def register_key(db: Database, path: Path | str, confirmed: str) -> Registered:
    """Register the key of the file ``path`` once ``confirmed``, the fingerprint the office's
    officer read out, is that key's. A key registered before has its office and area brought
    up to date (a revoked one stays revoked)."""
    key = read_key_file(path)
    if normal_fingerprint(confirmed) != key.fingerprint:
        raise InputError(_t("Dấu vân tay đã nhập ({typed}) khác dấu vân tay của khóa trong tệp "
                            "({actual}). Khóa không được đăng ký: tệp có thể đã bị tráo trên "
                            "đường gửi; hãy liên hệ lại đơn vị.").format(
            typed=normal_fingerprint(confirmed) or "—", actual=key.fingerprint))
    encoded = encode_key(key.public_key)
    reason = _t("Đăng ký khóa ký của {office}").format(office=key.office)
    with db.session(reason=reason) as s:
        row = s.exec(select(RegisteredKey).where(RegisteredKey.public_key == encoded)).first()
        if row is None:
            row = RegisteredKey(public_key=encoded, fingerprint=key.fingerprint, office=key.office,
                                province_code=key.province_code, area=",".join(key.area),
                                registered_at=clock.now(), registered_by=db.user)
        else:
            row.office, row.area = key.office, ",".join(key.area)
        s.add(row)
        s.flush()
        return _registered(row)


def revoke_key(db: Database, typed: str, reason: str = "") -> Registered:
    """Revoke the registered key whose fingerprint is ``typed``."""
    wanted = normal_fingerprint(typed)
    with db.session(reason=_t("Thu hồi khóa ký")) as s:
        row = s.exec(select(RegisteredKey).where(RegisteredKey.fingerprint == wanted)).first()
        if row is None:
            raise InputError(_t("Không có khóa đã đăng ký nào có dấu vân tay {fingerprint}.")
                             .format(fingerprint=wanted or "—"))
        if row.revoked_at is None:
            row.revoked_at, row.revoked_reason = clock.now(), reason
            s.add(row)
            s.flush()
        return _registered(row)
