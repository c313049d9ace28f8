"""Standard dialog buttons in the plugin's language.

Qt names OK, Cancel, Close, ... from its own translations, which QGIS does not ship for every
language the plugin speaks (Kazakh among them): the plugin names them itself.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QDialogButtonBox

from ..i18n import tr


def standard_button_texts() -> dict:
    """Translated texts of the standard buttons the plugin's dialogs use."""
    button = QDialogButtonBox.StandardButton
    return {button.Ok: tr("OK"), button.Cancel: tr("Cancel"), button.Close: tr("Close"),
            button.Apply: tr("Apply"), button.Help: tr("Help"), button.Yes: tr("Yes"),
            button.No: tr("No"), button.Save: tr("Save")}


def translate_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Name the standard buttons of ``box`` in the plugin's language; return ``box``."""
    for standard, text in standard_button_texts().items():
        widget = box.button(standard)
        if widget is not None:
            widget.setText(text)
    return box
