"""The plugin's settings on QGIS's Options page, and where they take effect."""

import pytest
from qgis.core import QgsSettings

from plugin.gui.gaps_panel import GapsPanel
from plugin.gui.options_page import TbpaOptionsFactory
from plugin.registry.store import RegistryStore
from plugin.settings import GROUP, PluginSettings


@pytest.fixture
def clean_settings(qgis_app):
    QgsSettings().remove(GROUP)
    yield
    QgsSettings().remove(GROUP)


def test_options_page_saves_and_the_history_names_the_analyst(clean_settings, demo_registry):
    page = TbpaOptionsFactory().createWidget(None)
    assert page.analyst_name.text() == ""
    page.analyst_name.setText("A. Analyst, KAZ Forestry Committee")
    page.border_km.setValue(40.0)
    page.apply()
    assert PluginSettings.load() == PluginSettings(
        analyst_name="A. Analyst, KAZ Forestry Committee", border_km=40.0, partner_km=50.0)
    with RegistryStore.open(demo_registry) as store:
        store.set_status("network", "NET-TARBAGATAI", "draft", note="agreement drafted")
        last = store.history("network", "NET-TARBAGATAI")[-1]
    assert last.changed_by == "A. Analyst, KAZ Forestry Committee"
    panel = GapsPanel()
    assert panel.border_km.value() == 40.0 and panel.partner_km.value() == 50.0


def test_unreadable_setting_falls_back_to_its_default(clean_settings):
    QgsSettings().setValue(f"{GROUP}/border_km", "far")
    assert PluginSettings.load().border_km == 25.0
