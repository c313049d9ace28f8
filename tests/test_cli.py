"""The command line: exit codes and messages, as a user sees them."""

import sqlite3

import pytest

from plugin.registry.gpkg import register_functions
from tests.conftest import run_cli

#: Every test here starts a child process (left out of ``make test-fast``).
pytestmark = pytest.mark.subprocess


def test_new_registry_with_shipped_range_states(tmp_path):
    target = tmp_path / "new.gpkg"
    result = run_cli("new", str(target), "--title", "Altai partners")
    assert result.returncode == 0, result.stderr
    assert "range states" in result.stdout
    conn = sqlite3.connect(target)
    states = {row[0] for row in conn.execute("SELECT iso3 FROM range_states")}
    title = conn.execute("SELECT value FROM registry_meta WHERE key='title'").fetchone()[0]
    conn.close()
    assert {"KAZ", "RUS", "CHN", "KGZ", "UZB", "TKM", "TJK", "MNG"} <= states
    assert title == "Altai partners"
    again = run_cli("new", str(target), "--title", "Again")
    assert again.returncode == 1
    assert "exists already" in again.stderr
    assert "Traceback" not in again.stderr


def test_new_without_range_states_validates(tmp_path):
    target = tmp_path / "empty.gpkg"
    assert run_cli("new", str(target), "--title", "E", "--no-range-states").returncode == 0
    result = run_cli("validate", str(target))
    assert result.returncode == 0
    assert "valid registry" in result.stdout


def test_validate_reports_every_problem(demo_registry):
    conn = sqlite3.connect(demo_registry)
    register_functions(conn)  # the R-tree triggers call ST_* functions
    conn.execute("UPDATE protected_areas SET iso3='XYZ' WHERE fid=1")
    conn.execute("UPDATE protected_areas SET area_km2=1 WHERE fid=2")
    conn.execute("INSERT INTO network_members (network_id, pa_id) VALUES ('NET-NONE', 'PA-NONE')")
    conn.commit()
    conn.close()
    result = run_cli("validate", str(demo_registry))
    assert result.returncode == 1
    out = result.stdout
    assert "'KAZ-AKSU-ZHABAGLY', iso3: unknown ISO3 code 'XYZ'" in out
    assert "area_km2: stored area 1.0 km2 differs" in out
    assert "no network 'NET-NONE'" in out and "no protected area 'PA-NONE'" in out
    assert "4 problem(s)" in out


def test_missing_file_is_one_clear_line(tmp_path):
    result = run_cli("summary", str(tmp_path / "nothing.gpkg"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("error:")
    assert "no such registry file" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exit_status_2():
    result = run_cli("summary")
    assert result.returncode == 2


def test_summary_counts_by_status_and_country(demo_registry):
    result = run_cli("summary", str(demo_registry))
    assert result.returncode == 0, result.stderr
    assert "Networks: 10 (Created 5, Draft 2, Planned 3)" in result.stdout
    assert "KAZ" in result.stdout


def test_a_damaged_registry_is_one_line_not_a_traceback(demo_registry):
    data = bytearray(demo_registry.read_bytes())
    data[8192:] = b"\xff" * (len(data) - 8192)  # damaged pages, as after a failed copy
    demo_registry.write_bytes(bytes(data))
    result = run_cli("summary", str(demo_registry))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error:")
    debug = run_cli("--debug", "summary", str(demo_registry))
    assert "Traceback" in debug.stderr
