"""Why a write failed, said in plain words whatever the system's error number."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from core.files import WriteFailed, plain_reason, write_atomically


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS, errno.EISDIR,
                                  errno.ENOENT, errno.ENAMETOOLONG, errno.EIO],
                         ids=errno.errorcode.get)
def test_each_known_error_is_said_in_plain_words(code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """write_atomically failing with a known error number raises WriteFailed naming the path, with a reason that
    is not the system's own text; the temporary file is gone."""
    def refuse(*args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)  # as core.files calls it
    target = tmp_path / "out.pdf"
    with pytest.raises(WriteFailed) as caught:
        write_atomically(target, b"%PDF")
    assert caught.value.path == str(target) and caught.value.reason == plain_reason(OSError(code, "x"))
    assert os.strerror(code).lower() not in caught.value.reason.lower() and "errno" not in str(caught.value).lower()
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_error_keeps_the_systems_words() -> None:
    """An error number not listed still gives a reason, with the system's words in it, never an empty one."""
    assert "Exec format error" in plain_reason(OSError(errno.ENOEXEC, "Exec format error"))
    assert plain_reason(OSError("odd")) != ""
