"""Details an analyst meets in QGIS: help text, names of the map's CRS, buttons in the
user's language, history in local time, the Networks tree's context menu, undo of a status."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest


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


@pytest.fixture
def plugin(qgis_iface, qgis_new_project, demo_registry):
    from plugin.gui.main import TbpaRegistryPlugin

    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initGui()
    plugin.open_registry_file(demo_registry)
    yield plugin
    plugin.unload()


def test_every_action_has_an_icon(plugin):
    assert [a.text() for a in plugin.actions if a.icon().isNull()] == []


def test_history_is_shown_in_local_time(plugin):
    from plugin.gui.registry_dock import local_time

    assert local_time("2025-06-01T10:00:00Z") == datetime(
        2025, 6, 1, 10, tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
    dock = plugin.dock
    dock.select_entity("network", "NET-WTS")
    shown = dock.history.item(0, 0)
    assert "T" not in shown.text() and shown.toolTip().endswith("Z (UTC)")


def test_networks_tree_context_menu(plugin):
    from qgis.PyQt.QtWidgets import QApplication

    dock = plugin.dock
    dock.select_entity("network", "NET-WTS")
    menu = dock.context_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Zoom to", "Open attribute table", "Change status…", "Undo last change",
                     "Show history", "Copy identifier"]
    next(a for a in menu.actions() if a.text() == "Copy identifier").trigger()
    assert QApplication.clipboard().text() == "NET-WTS"


def test_undo_of_the_last_status_change_adds_a_history_row(plugin, demo_registry):
    from plugin.registry.store import open_registry

    dock = plugin.dock
    assert dock.last_change("network", "NET-TARBAGATAI") is None  # never changed: no undo
    assert not dock.undo_last_change("network", "NET-TARBAGATAI")
    assert dock.change_status("network", "NET-TARBAGATAI", "draft", "memo", 2026)
    assert dock.undo_last_change("network", "NET-TARBAGATAI")
    with open_registry(demo_registry) as store:
        history = store.history("network", "NET-TARBAGATAI")
        status = next(n for n in store.networks() if n.network_id == "NET-TARBAGATAI").status
    assert status.value == "planned"
    assert [(h.old_status, h.new_status) for h in history] == [
        (None, "planned"), ("planned", "draft"), ("draft", "planned")]
    assert history[-1].note.startswith("Undo of the change of") and "memo" in history[-1].note


def test_buttons_and_new_messages_in_russian_and_kazakh(qgis_app):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from plugin.gui.buttons import translate_buttons
    from plugin.i18n import load_translator, remove_translator, tr

    for language, ok, cancel, undo in (("ru", "ОК", "Отмена", "Отменить последнее изменение"),
                                       ("kk", "Жарайды", None, "Соңғы өзгерісті болдырмау")):
        translator = load_translator(language)
        try:
            box = translate_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                     | QDialogButtonBox.StandardButton.Cancel))
            assert box.button(QDialogButtonBox.StandardButton.Ok).text() == ok
            cancel_text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
            assert cancel_text != "Cancel" and (cancel is None or cancel_text == cancel)
            assert tr("Undo last change") == undo
        finally:
            remove_translator(translator)


def test_processing_dialogs_start_with_the_registry_open_in_the_dock(plugin, demo_registry):
    from qgis.core import QgsApplication

    from plugin.processing.crossbordergaps import CrossBorderGapsAlgorithm

    for algorithm_id in ("tbpa:crossbordergaps", "tbpa:exportpartnerpackage"):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        assert algorithm.parameterDefinition("registry").defaultValue() == str(demo_registry)
    plugin.unload()
    algorithm = CrossBorderGapsAlgorithm()
    algorithm.initAlgorithm()
    assert not algorithm.parameterDefinition("registry").defaultValue()
    plugin.initGui()  # the fixture unloads it again


def test_help_shows_the_users_part_of_the_readme(plugin, qgis_app):
    from plugin.gui.help_page import HelpDialog, user_help_markdown

    text = user_help_markdown()
    assert "## In QGIS" in text and "## Processing algorithms" in text
    assert "## Development" not in text and "![" not in text
    assert "Help" in [action.text() for action in plugin.actions]
    dialog = HelpDialog()
    shown = dialog.browser.toPlainText()
    assert "Open demo registry" in shown and "Cross-border gaps" in shown


def test_actions_and_dock_explain_themselves(plugin):
    assert [a.text() for a in plugin.actions if not a.statusTip()] == []
    dock = plugin.dock
    for widget in (dock.search, dock.status_filter, dock.change_button, dock.undo_button,
                   dock.tree):
        assert widget.toolTip()
