"""GUI start-up (being built: the main window arrives with the foundation's window work)."""

from __future__ import annotations


def main(database: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.setWindowTitle("KTTT Desktop")
    window.show()
    return app.exec()
