"""The plugin's help: the user's part of the README, shown in QGIS (Plugins > TBPA Registry >
Help), so that what the analyst reads is what the repository documents."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..i18n import tr
from .buttons import translate_buttons

README = Path(__file__).resolve().parents[2] / "README.md"

#: Sections of the README written for developers, not for the analyst in QGIS.
DEVELOPER_SECTIONS = ("Install", "Two commands on a fresh Debian/Ubuntu machine", "Development",
                      "License")


def user_help_markdown(readme: Path = README) -> str:
    """The README without its developer sections and pictures (Markdown)."""
    text = readme.read_text(encoding="utf-8")
    parts = re.split(r"(?m)^(?=## )", text)
    kept = [parts[0]] + [part for part in parts[1:]
                         if part.splitlines()[0][3:].strip() not in DEVELOPER_SECTIONS]
    lines = [line for part in kept for line in part.splitlines()
             if not line.startswith("![") and not line.startswith("*The ")]
    return "\n".join(lines).strip() + "\n"


class HelpDialog(QDialog):
    """The help page in a window of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("TBPA Registry help"))
        self.resize(820, 700)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        try:
            self.browser.setMarkdown(user_help_markdown())
        except OSError:
            self.browser.setPlainText(tr("The help page is missing from this installation "
                                         "(README.md)."))
        buttons = translate_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
