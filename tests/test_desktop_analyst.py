"""An analyst's session in the real QGIS desktop with the installed plugin (issue 20):
no reload loop, a form that saves, one audited status change, the demo opened twice."""

from __future__ import annotations

import pytest

from tests.test_installed_plugin import plugin_zip, run_desktop_script  # noqa: F401 (fixture)


@pytest.mark.desktop
def test_qgis_desktop_analyst_session(plugin_zip, tmp_path, qgis_app):  # noqa: F811
    result = run_desktop_script(plugin_zip, tmp_path, "qgis_desktop_analyst_check.py")
    # Protected areas are counted right after opening (no "[0]" per status).
    assert result["features"]["Protected areas"] == 34
    # 10 idle seconds: nothing reloaded, nothing drawn, the dock not rebuilt.
    assert result["idle"] == {"reloads": 0, "renders": 0, "tree_syncs": 0}
    assert result["expanded_after_idle"]
    # QGIS's own form accepts a valid protected area, and it is saved.
    assert result["form_saved"] and result["form_added"] == 1
    assert result["form_committed"], result["form_commit_errors"]
    # The attribute table cannot change a status without a note.
    assert result["status_after_cancel"] == "created"
    assert result["status_after_note"] == "planned" and result["table_committed"]
    assert result["history"][-1][:2] == ["created", "planned"]
    assert result["history"][-1][2] and result["history"][-1][3] == "decree of the akimat"
    assert len(result["history"]) == 2 and result["status_year"] == 2026
    # The demo opened twice: one group, the changes kept.
    assert len(result["groups"]) == 1
    assert result["after_reopen"] == {"new_area": 1, "ustyurt": "planned"}
