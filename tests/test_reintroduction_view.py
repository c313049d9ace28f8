"""The Reintroduction dock tab: what the analyst sees and what the forms write."""

from __future__ import annotations

import hashlib

import pytest
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtWidgets import QDialog

from plugin.gui.reintroduction_view import ReintroductionView, SiteForm
from plugin.registry.store import open_registry


def file_hash(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def view(demo_registry, qgis_app):
    widget = ReintroductionView()
    widget.set_registry(str(demo_registry))
    yield widget
    widget.deleteLater()


def top_rows(view):
    tree = view.tree
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())}


def messages(view):
    return [item.text() for item in view.message_bar.items()]


def test_view_lists_species_sites_and_releases(view):
    rows = top_rows(view)
    assert list(rows)[:4] == ["Przewalski's horse", "Kulan", "Bukhara deer", "Tiger"]
    horse = rows["Przewalski's horse"]
    assert (horse.text(2), horse.text(3)) == ("2024–2025", "14")
    site = horse.child(0)
    assert site.text(4) == "KAZ-ALTYN-DALA"
    assert [site.child(i).text(3) for i in range(site.childCount())] == ["4", "3", "3", "4"]
    assert not view.chart.pixmap().isNull()
    assert view.add_release_button.isEnabled()


def test_refused_release_goes_to_the_message_bar_and_nothing_is_written(view, demo_registry):
    before = file_hash(demo_registry)
    assert not view.add_release_values(dict(site_id="RS-ILE-BALKHASH-TIGER",
                                            release_date="2025-02", animals="0"))
    assert any("Animals" in text for text in messages(view))
    assert not view.add_release_values(dict(site_id="RS-ILE-BALKHASH-TIGER",
                                            release_date="Feb 2025", animals="2"))
    assert any("Release at site “Ile-Balkhash" in text and "Date: 'Feb 2025' is not a "
               "date" in text and "release_date" not in text for text in messages(view))
    assert file_hash(demo_registry) == before


def test_added_release_shows_in_the_totals(view, demo_registry):
    assert view.add_release_values(dict(site_id="RS-ILE-BALKHASH-TIGER",
                                        release_date="2026-05", animals="3", origin="Russia"))
    tiger = top_rows(view)["Tiger"]
    assert (tiger.text(2), tiger.text(3)) == ("2024–2026", "5")
    with open_registry(demo_registry) as store:
        assert len(store.releases("RS-ILE-BALKHASH-TIGER")) == 2


def test_site_outside_range_states_is_refused_in_the_bar(view, demo_registry, qgis_app):
    form = SiteForm("en")
    form.site_id.setText("RS-OCEAN")
    form.name_en.setText("Ocean")
    form.longitude.setText("0")
    form.latitude.setText("0")
    before = file_hash(demo_registry)
    assert not view.add_site_values(form.values())
    assert any("Position on the map" in text and "range state" in text
               for text in messages(view))
    assert file_hash(demo_registry) == before


def test_site_form_names_an_unreadable_coordinate(qgis_app):
    form = SiteForm("en")
    form.site_id.setText("RS-X")
    form.longitude.setText("seventy")
    form.latitude.setText("45")
    with pytest.raises(ValueError, match="longitude"):
        form.values()


def test_tiger_is_sensitive_by_default_in_the_form(qgis_app):
    form = SiteForm("en")
    form.species.setCurrentIndex(form.species.findData("tiger"))
    assert form.sensitive.isChecked()
    form.species.setCurrentIndex(form.species.findData("kulan"))
    assert not form.sensitive.isChecked()


def test_export_chart_writes_a_png(view, tmp_path):
    path = view.export_chart(tmp_path / "chart.png")
    image = QImage(str(path))
    assert image.width() > 0 and len({image.pixel(x, 200) for x in range(image.width())}) > 3


def test_release_form_stays_open_with_what_was_typed_until_saved(view, demo_registry,
                                                                 monkeypatch):
    """A refused release: the form comes back with the values and says why, in words."""
    from plugin.gui.reintroduction_view import ReleaseForm

    shown = []

    def exec_(form):
        shown.append(form.error.text())
        if len(shown) == 1:
            form.site.setCurrentIndex(form.site.findData("RS-ILE-BALKHASH-TIGER"))
            form.date.setText("2025-13")
            form.animals.setText("2")
        elif len(shown) == 2:
            assert form.date.text() == "2025-13"  # nothing typed is lost
            form.date.setText("2025-12")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReleaseForm, "exec", exec_)
    assert view.ask_release()
    assert len(shown) == 2 and shown[0] == ""
    assert "Date: '2025-13' is not a date" in shown[1]
    with open_registry(demo_registry) as store:
        assert [r.release_date for r in store.releases("RS-ILE-BALKHASH-TIGER")][-1] == "2025-12"


@pytest.mark.parametrize("size", [(420, 700), (900, 420), (300, 500)])
def test_chart_is_shown_whole_in_the_room_it_has(view, size):
    """Bars, year axis and legend: the whole chart fits the tab, whatever its shape."""
    from qgis.PyQt.QtCore import QCoreApplication

    view.resize(*size)
    view.show()
    QCoreApplication.processEvents()
    shown = view.chart.pixmap()
    room = view.chart.contentsRect()
    assert not shown.isNull()
    assert shown.width() <= room.width() and shown.height() <= room.height()
    image = view._chart_image
    assert abs(shown.width() / shown.height() - image.width() / image.height()) < 0.05
    view.hide()
