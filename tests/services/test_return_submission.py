"""Submitting returns: frozen versions, the files' hashes, what changed since the last one."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import pytest
from sqlmodel import select

from kttt_desktop.core.errors import InputError
from kttt_desktop.data.models import Member, SubmittedReturn
from kttt_desktop.services.returns import (
    Draft,
    build_snapshot,
    changes_since_submission,
    export_return,
    save_draft,
    submissions,
    submit_return,
    submitted_snapshot,
)
from tests.known_office import H4
from tests.return_office import Q3, build_return_office


@pytest.fixture
def office(db):
    build_return_office(db)
    return db


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_writes_both_files_and_stores_nothing(office, tmp_path):
    written = export_return(office, Q3, xlsx=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf")
    assert written.xlsx.stat().st_size > 0 and written.pdf.read_bytes().startswith(b"%PDF")
    assert submissions(office) == []


def test_two_submissions_are_versions_one_and_two(office, tmp_path):
    first = submit_return(office, Q3, xlsx=tmp_path / "1.xlsx", pdf=tmp_path / "1.pdf",
                          created_at=datetime(2023, 10, 5, 3, tzinfo=UTC))
    assert first.version == 1
    assert (first.xlsx_sha256, first.pdf_sha256) == (_sha(tmp_path / "1.xlsx"),
                                                    _sha(tmp_path / "1.pdf"))
    frozen = submitted_snapshot(office, first.id)
    save_draft(office, Q3, Draft("Văn bản mới"))
    second = submit_return(office, Q3, xlsx=tmp_path / "2.xlsx", pdf=tmp_path / "2.pdf",
                           created_at=datetime(2023, 10, 9, 3, tzinfo=UTC))
    assert second.version == 2
    listed = submissions(office, Q3)
    assert [(s.version, s.submitted_at.date()) for s in listed] == [
        (2, date(2023, 10, 9)), (1, date(2023, 10, 5))]
    assert submitted_snapshot(office, first.id) == frozen  # version 1 is untouched
    assert submitted_snapshot(office, second.id).free_text == "Văn bản mới"
    assert frozen.free_text.startswith("Kinh tế tập thể")
    with office.session() as s:
        assert len(s.exec(select(SubmittedReturn)).all()) == 2


def test_a_change_in_the_registers_is_listed(office, tmp_path):
    submit_return(office, Q3, xlsx=tmp_path / "1.xlsx", pdf=tmp_path / "1.pdf")
    assert changes_since_submission(office, build_snapshot(office, Q3)).items == []
    with office.session() as s:  # a member of HTX 4 joins in the quarter
        s.add(Member(organisation_id=H4, full_name="Lò Văn Mới", joined_on=date(2023, 8, 20)))
    changes = changes_since_submission(office, build_snapshot(office, Q3))
    by_key = {c.key: c for c in changes.items}
    assert (by_key["htx.members"].old, by_key["htx.members"].new) == (42, 43)
    assert by_key["htx.members.new"].label == "Số thành viên hợp tác xã mới kết nạp"
    assert (by_key["htx.members.new.ytd"].old, by_key["htx.members.new.ytd"].new) == (2, 3)
    assert changes.message.startswith(f"{len(changes.items)} giá trị đã thay đổi kể từ lần gửi "
                                      "trước (phiên bản 1")
    assert "htx.count" not in by_key


def test_never_submitted_has_no_changes(office):
    assert changes_since_submission(office, build_snapshot(office, Q3)) is None


def test_the_snapshot_shown_is_the_one_stored(office, tmp_path):
    shown = build_snapshot(office, Q3, created_at=datetime(2023, 10, 2, 3, tzinfo=UTC))
    sent = submit_return(office, Q3, xlsx=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf",
                         snapshot=shown)
    assert submitted_snapshot(office, sent.id) == shown
    with pytest.raises(InputError):
        submit_return(office, Q3.previous_year(), xlsx=tmp_path / "x.xlsx",
                      pdf=tmp_path / "x.pdf", snapshot=shown)


def test_a_submitted_return_cannot_be_changed_or_deleted(office, tmp_path):
    from kttt_desktop.data.frozen import FrozenRecord

    sent = submit_return(office, Q3, xlsx=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf")
    with pytest.raises(FrozenRecord), office.session() as s:
        s.get(SubmittedReturn, sent.id).snapshot_json = "{}"
    with pytest.raises(FrozenRecord), office.session() as s:
        s.delete(s.get(SubmittedReturn, sent.id))
    assert submitted_snapshot(office, sent.id).period == "2023-Q3"


def test_a_snapshot_computed_before_a_change_is_refused_and_nothing_is_written(office, tmp_path):
    from kttt_desktop.services.returns.submission import ReturnChanged

    shown = build_snapshot(office, Q3)
    with office.session() as s:  # a member of HTX 4 joins after the return was computed
        s.add(Member(organisation_id=H4, full_name="Lò Văn Mới", joined_on=date(2023, 8, 20)))
    with pytest.raises(ReturnChanged):
        submit_return(office, Q3, xlsx=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf",
                      snapshot=shown)
    assert list(tmp_path.glob("r.*")) == []
    with office.session() as s:
        assert s.exec(select(SubmittedReturn)).all() == []
    sent = submit_return(office, Q3, xlsx=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf",
                         snapshot=build_snapshot(office, Q3))
    assert submitted_snapshot(office, sent.id).indicator("htx.members").value == 43
