"""Why a file could not be read or written, said in Vietnamese rather than in the C library's
English."""

from __future__ import annotations

import errno

import pytest

from kttt_desktop.core.os_reasons import os_reason


@pytest.mark.parametrize(("number", "words"), [
    (errno.ENOENT, "không có tệp hoặc thư mục này"),
    (errno.EACCES, "không có quyền"),
    (errno.ENOSPC, "ổ đĩa đã đầy"),
    (errno.EROFS, "ổ đĩa chỉ cho đọc"),
    (errno.ENOTDIR, "một phần của đường dẫn không phải là thư mục"),
])
def test_the_errors_an_officer_meets_are_said_in_vietnamese(number, words):
    assert os_reason(OSError(number, "English words", "/tmp/x.xlsx")) == words


def test_a_file_another_program_holds_on_windows_says_so():
    error = OSError(errno.EACCES, "The process cannot access the file")
    error.winerror = 32  # ERROR_SHARING_VIOLATION, as Windows reports a workbook open in Excel
    assert os_reason(error) == "tệp đang mở trong một chương trình khác"


def test_an_error_without_words_of_ours_keeps_the_system_s():
    assert os_reason(OSError(errno.ELOOP, "Too many levels of symbolic links")) == (
        "Too many levels of symbolic links")
    assert os_reason(OSError("no number at all")) == "no number at all"
