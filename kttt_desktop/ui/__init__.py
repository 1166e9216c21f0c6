"""The Qt face of the program: windows, screens, table models, dialogs. Only here is Qt imported."""

import sys


def _make_singletons_immortal() -> None:
    """Keep None, True and False alive whatever PySide6 does with their reference counts.

    PySide6 6.12 releases references to these singletons that it never took: each Python slot
    or event handler Qt calls drops one reference to None, each ``Signal.emit()`` one to True.
    Python 3.12+ makes the singletons immortal, so nothing happens there; on 3.11 the count
    reaches zero after a few thousand events and the interpreter aborts ("none_dealloc").
    Giving them a count no session can use up is what 3.12 does for them.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_make_singletons_immortal()
