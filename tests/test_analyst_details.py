"""Details an analyst meets in QGIS: help text, names of the map's CRS, buttons in the
user's language, history in local time, the Networks tree's context menu, undo of a status."""

from __future__ import annotations


def test_gap_help_is_whole_when_read_as_html(qgis_app):
    from qgis.PyQt.QtGui import QTextDocument

    from plugin.processing.crossbordergaps import CrossBorderGapsAlgorithm

    help_text = CrossBorderGapsAlgorithm().shortHelpString()
    document = QTextDocument()
    document.setHtml(help_text.replace("\n", "<br>"))  # as QGIS's Processing dialog does
    shown = document.toPlainText()
    assert "(planned < draft < created)" in shown
    assert "kulan=150;saiga=300" in shown


def test_import_dialog_progress_reaches_the_end(demo_registry, tmp_path, tbpa_provider):
    from qgis.PyQt.QtCore import QCoreApplication

    from plugin.exchange.partner_package import ExportOptions, export_partner_package
    from plugin.gui.exchange_dialog import ImportPartnerDialog
    from plugin.registry.store import open_registry
    from tests.conftest import wait_until

    with open_registry(demo_registry) as store:
        package = export_partner_package(store, tmp_path, ExportOptions("UZB")).path
    dialog = ImportPartnerDialog(str(demo_registry))
    dialog.package.setFilePath(str(package))
    done = []
    dialog.finished_run.connect(lambda ok, _results: done.append(ok))
    assert dialog.start(dry_run=True)
    assert wait_until(lambda: done, 120)
    QCoreApplication.processEvents()
    assert done == [True] and dialog.progress.value() == 100
    assert dialog.close_button.text() == "Close"


def test_standard_buttons_speak_the_plugin_language(qgis_app):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from plugin.gui.buttons import translate_buttons

    box = translate_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                             | QDialogButtonBox.StandardButton.Cancel))
    assert [b.text() for b in box.buttons()] != []
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
