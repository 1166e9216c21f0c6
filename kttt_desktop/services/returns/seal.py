"""Whether a return sent up is sealed by a key the province registered, and shows what it sealed.

The hash of the data sheet only tells a damaged file: anyone can change a number and compute
the hash again. What tells who wrote a return is the Ed25519 signature of that hash by the
office's private key, checked here against the public keys the province registered
(services.keys). A return is verified when its signature is valid, by a registered key that is
not revoked, for an area within the one registered with the key, and its visible cells are the
ones sealed in its data sheet. Anything else is refused unless the officer accepts that file
explicitly; the consolidated return then records it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kttt_desktop.core.i18n import translate
from kttt_desktop.exchange.return_data import ReturnData
from kttt_desktop.services.keys import Registered

MAX_CELLS_NAMED = 20


def _t(text: str) -> str:
    return translate("Seal", text)


@dataclass(frozen=True)
class Seal:
    """The verdict on one return: ``verified`` or the ``problem`` (a sentence naming the file)
    and its ``reason`` in a few words; ``key``: the registered key that signed it, if any."""

    verified: bool
    problem: str = ""
    reason: str = ""
    key: Registered | None = None
    fingerprint: str = ""

    @property
    def summary(self) -> str:
        """A few words for a table: "Đã xác thực (1234 5678 …)" or the reason."""
        if self.verified:
            return _t("Đã xác thực ({fingerprint})").format(fingerprint=self.fingerprint)
        return self.reason


def edited_cells(data: ReturnData) -> str:
    """The differing visible cells of ``data``, named (at most a few, then how many more)."""
    shown = [d.describe() for d in data.differences[:MAX_CELLS_NAMED]]
    more = len(data.differences) - len(shown)
    if more > 0:
        shown.append(_t("và {count} ô khác").format(count=more))
    return "; ".join(shown)


def judge(data: ReturnData, keys: Sequence[Registered]) -> Seal:
    """The seal of ``data`` against the registered ``keys`` (module docstring)."""
    path = data.path
    signature = data.signature
    if signature is None:
        return Seal(False, _t(
            "Báo cáo {path} ({office}) không có chữ ký số (tạo bằng phiên bản cũ, hoặc đơn vị chưa "
            "có khóa ký): không xác thực được ai đã lập tệp.").format(path=path, office=data.office),
            _t("Chưa ký số."))
    print_ = signature.fingerprint
    if not signature.valid:
        return Seal(False, _t(
            "Chữ ký số của báo cáo {path} ({office}) không khớp với số liệu: tệp đã bị sửa sau khi "
            "ký (kể cả khi mã kiểm tra được tính lại). Hãy đề nghị đơn vị gửi lại tệp gốc.").format(
                path=path, office=data.office), _t("Chữ ký không khớp, tệp đã bị sửa."),
            fingerprint=print_)
    key = next((k for k in keys if k.public_key == signature.public_key), None)
    if key is None:
        return Seal(False, _t(
            "Báo cáo {path} ({office}) được ký bằng khóa chưa đăng ký (dấu vân tay {fingerprint}). "
            "Nếu đúng là khóa của đơn vị, hãy đăng ký khóa công khai của đơn vị sau khi đối chiếu "
            "dấu vân tay qua điện thoại.").format(path=path, office=data.office,
                                                   fingerprint=print_),
            _t("Khóa chưa đăng ký ({fingerprint}).").format(fingerprint=print_),
            fingerprint=print_)
    if key.revoked:
        when = key.revoked_at.astimezone().strftime("%d/%m/%Y") if key.revoked_at else ""
        return Seal(False, _t(
            "Báo cáo {path} ({office}) được ký bằng khóa của {owner} đã bị thu hồi ngày {day}{why}."
        ).format(path=path, office=data.office, owner=key.office, day=when,
                 why=f" ({key.revoked_reason})" if key.revoked_reason else ""),
            _t("Khóa đã bị thu hồi."), key, print_)
    outside = sorted(set(data.area) - set(key.area))
    if outside:
        return Seal(False, _t(
            "Báo cáo {path} ({office}) có {count} xã, phường ({codes}) ngoài địa bàn đã đăng ký "
            "với khóa của {owner}.").format(path=path, office=data.office, count=len(outside),
                                              codes=", ".join(outside[:10]), owner=key.office),
            _t("Ngoài địa bàn đăng ký với khóa."), key, print_)
    if data.differences:
        return Seal(False, _t(
            "Báo cáo {path} ({office}) có {count} ô ở các trang hiển thị khác với số liệu gốc đã ký "
            "(đã bị sửa sau khi xuất): {cells}.").format(
                path=path, office=data.office, count=len(data.differences),
                cells=edited_cells(data)),
            _t("{count} ô bị sửa sau khi xuất.").format(count=len(data.differences)), key, print_)
    return Seal(True, key=key, fingerprint=print_)
