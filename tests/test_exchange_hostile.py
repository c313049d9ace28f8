"""Hostile and broken packages of the second round (issue 21), each built here on the fly.

Every refusal names the file (and the feature and field where there is one) and leaves the
registry byte-identical; what can be read faithfully is read and reported.
"""

from __future__ import annotations

import json
import math
import os
import struct
import zipfile
from datetime import date

import fiona
import pytest

from plugin.exchange import geometry_repair, package_reader
from plugin.exchange.package_import import (
    ImportOptions,
    PackageRefusedError,
    check_partner_package,
    import_partner_package,
)
from plugin.exchange.package_reader import PackageError
from plugin.exchange.partner_package import ExportOptions, export_partner_package
from plugin.registry.model import ProtectedArea
from plugin.registry.store import open_registry
from tests.conftest import run_cli
from tests.test_exchange_bad_input import (
    SCHEMA,
    WGS84_WKT,
    file_hash,
    merged,
    pa,
    refused,
    write_shapefile,
    zip_of,
)

UTM42_WKT = ('PROJCS["WGS 84 / UTM zone 42N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID['
             '"WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",'
             '0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER['
             '"latitude_of_origin",0],PARAMETER["central_meridian",69],PARAMETER['
             '"scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER['
             '"false_northing",0],UNIT["metre",1]]')


@pytest.fixture
def registry(demo_registry):
    """The demo registry (KAZ, UZB, KGZ... with their borders)."""
    return demo_registry


def folder_of(tmp_path, features, name="uzb_reserves", **options):
    folder = tmp_path / "sent"
    write_shapefile(folder, features, name=name, **options)
    return folder


def patch_dbf_header(dbf, records=None, width=None):
    data = bytearray(dbf.read_bytes())
    if records is not None:
        data[4:8] = struct.pack("<I", records)
    if width is not None:
        data[10:12] = struct.pack("<H", width)
    dbf.write_bytes(bytes(data))


def dbf_value_offset(dbf, record, field_name):
    """Byte offset of ``field_name``'s value in record ``record`` (0-based) of ``dbf``."""
    data = dbf.read_bytes()
    header, width = struct.unpack("<HH", data[8:12])
    offset, position = 1, 32
    while data[position] != 0x0D:
        name = data[position:position + 11].split(b"\0")[0].decode()
        if name == field_name:
            return header + record * width + offset, data[position + 16]
        offset += data[position + 16]
        position += 32
    raise KeyError(field_name)


def set_dbf_value(dbf, record, field_name, raw: bytes):
    start, length = dbf_value_offset(dbf, record, field_name)
    data = bytearray(dbf.read_bytes())
    data[start:start + length] = raw.ljust(length, b" ")[:length]
    dbf.write_bytes(bytes(data))


# ----- 1. bounded reads ----------------------------------------------------------------------


def test_dbf_claiming_four_billion_records_of_width_zero_is_refused_at_once(registry,
                                                                           tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-A")])
    patch_dbf_header(folder / "uzb_reserves.dbf", records=0xFFFFFFFF, width=0)
    refused(registry, folder, ["uzb_reserves.dbf", "records of 0 bytes"])


def test_dbf_claiming_more_records_than_it_holds_is_refused(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-A")])
    patch_dbf_header(folder / "uzb_reserves.dbf", records=50_000_000)
    refused(registry, folder, ["uzb_reserves.dbf", "50000000 records"])


def test_manifest_aliases_of_one_file_are_hashed_once(registry, tmp_path, monkeypatch):
    source = folder_of(tmp_path, [pa("UZB-NEW-B")])
    (source / "notes.bin").write_bytes(os.urandom(1 << 20))
    digest = package_reader._sha256_file(source / "notes.bin")
    aliases = {"." + "/" * i + "notes.bin": digest for i in range(1, 2000)}
    aliases.update({"notes.bin": digest, ".//notes.bin": digest})
    (source / "manifest.json").write_text(json.dumps({"partner": "UZB", "files": aliases}))
    calls = []
    real = package_reader._sha256_file
    monkeypatch.setattr(package_reader, "_sha256_file", lambda p: calls.append(p) or real(p))
    report = merged(registry, source)
    assert len(calls) == 1
    assert [(a.record_id, a.action) for a in report.actions] == [("UZB-NEW-B", "added")]


def test_only_regular_files_are_read(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-C")])
    dbf = folder / "uzb_reserves.dbf"
    dbf.unlink()
    dbf.symlink_to("/dev/zero")
    refused(registry, folder, ["uzb_reserves.dbf", "not a regular file"])
    dbf.unlink()
    os.mkfifo(dbf)
    refused(registry, folder, ["uzb_reserves.dbf", "not a regular file"])


# ----- 2. GEOS validity, bounded repair ------------------------------------------------------


def circle(lon, lat, radius, vertices, swap_at=None):
    points = [(lon + radius * math.cos(2 * math.pi * i / vertices),
               lat + radius * math.sin(2 * math.pi * i / vertices)) for i in range(vertices)]
    if swap_at is not None:  # two neighbours swapped: one tiny self-intersection
        points[swap_at], points[swap_at + 1] = points[swap_at + 1], points[swap_at]
    return {"type": "Polygon", "coordinates": [[*points, points[0]]]}


def test_detailed_outline_with_one_self_intersection_is_repaired_by_geos(registry, tmp_path,
                                                                         monkeypatch):
    from qgis.core import QgsGeometry

    def forbidden(*args, **kwargs):
        raise AssertionError("makeValid is unbounded on QGIS 3.22")

    monkeypatch.setattr(QgsGeometry, "makeValid", forbidden)
    folder = folder_of(tmp_path, [pa("UZB-NEW-D", geometry=circle(64.6, 39.7, 0.3, 100_000,
                                                                  swap_at=500))])
    report = merged(registry, folder)
    repaired = report.of("repaired")
    assert [a.record_id for a in repaired] == ["UZB-NEW-D"]
    assert "Self-intersection at 64." in repaired[0].detail
    with open_registry(registry) as store:
        area = store.get(ProtectedArea, "UZB-NEW-D")
    assert area.geometry.isGeosValid()
    assert area.geometry.constGet().nCoordinates() >= 100_000


def test_outline_with_thousands_of_crossings_is_repaired_or_refused_within_bounds(
        registry, tmp_path, monkeypatch):
    points = []
    for i in range(2000):  # a star crossing itself about 7,000 times
        angle = 2 * math.pi * i / 2000 * 7
        radius = 0.3 if i % 2 else 0.1
        points.append((64.6 + radius * math.cos(angle), 39.7 + radius * math.sin(angle)))
    star = {"type": "Polygon", "coordinates": [[*points, points[0]]]}
    folder = folder_of(tmp_path, [pa("UZB-NEW-E", geometry=star)])
    report = merge_dry(registry, folder)
    assert [a.record_id for a in report.of("repaired")] == ["UZB-NEW-E"]
    monkeypatch.setattr(geometry_repair, "MAX_PARITY_WORK", 1000)
    refused(registry, folder, ["feature 1, field geometry", "Self-intersection",
                               "too complex to repair here"])


def merge_dry(registry, folder, **options):
    return merged(registry, folder, dry_run=True, **options)


# ----- 3. text cut inside a UTF-8 character ----------------------------------------------------


def test_text_cut_inside_a_utf8_character_is_decoded_and_reported(registry, tmp_path):
    # "A" and 127 Ж are 255 bytes: what other tools write into 254 is cut inside the last Ж.
    folder = folder_of(tmp_path, [pa("UZB-NEW-F", name_ru="A" + "Ж" * 126)])
    dbf = folder / "uzb_reserves.dbf"
    start, length = dbf_value_offset(dbf, 0, "name_ru")
    data = bytearray(dbf.read_bytes())
    data[start + length - 1] = 0xD0
    dbf.write_bytes(bytes(data))
    report = merged(registry, folder)
    notes = [a for a in report.of("note") if a.record_id == "UZB-NEW-F"]
    assert notes and "field name_ru" in notes[0].detail and "cut" in notes[0].detail
    with open_registry(registry) as store:
        stored = store.get(ProtectedArea, "UZB-NEW-F").name_ru
    assert stored == "A" + "Ж" * 126


def test_text_broken_in_the_middle_or_cut_by_nul_is_refused(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-G"), pa("UZB-NEW-H", lon=70.0)])
    dbf = folder / "uzb_reserves.dbf"
    set_dbf_value(dbf, 0, "name_en", b"Chatkal\x00 hidden tail")
    refused(registry, folder, ["feature 1, field name_en", "NUL"])


# ----- 4. round trip of long texts ---------------------------------------------------------------


def test_long_notes_with_line_breaks_round_trip(registry, tmp_path, states_registry):
    long_note = "First paragraph.\n\nSecond, with a tab\tand CRLF\r\nend. " + "Ж" * 140_000
    with open_registry(registry) as store:
        area = store.get(ProtectedArea, "UZB-CHATKAL")
        store.update(ProtectedArea.parse({**area.row(), "geometry": area.geometry,
                                          "notes": long_note,
                                          "name_ru": "Чаткальский\nзаповедник"}))
    with open_registry(registry) as store:
        package = export_partner_package(store, tmp_path / "out", ExportOptions(
            "UZB", today=date(2025, 6, 24))).path
    before = file_hash(registry)
    report = merged(registry, package)
    assert report.count("updated") == 0 and report.count("conflict") == 0
    assert file_hash(registry) == before
    merged(states_registry, package, sender="ALL")
    with open_registry(states_registry) as store:
        copy = store.get(ProtectedArea, "UZB-CHATKAL")
    assert copy.notes == long_note and copy.name_ru == "Чаткальский\nзаповедник"


@pytest.fixture
def states_registry(tmp_path, qgis_app):
    from plugin.registry.sources import shipped_range_states
    from plugin.registry.store import RegistryStore

    path = tmp_path / "partner-view.gpkg"
    RegistryStore.create(path, "Receiving registry", shipped_range_states()).close()
    return path


# ----- 5. counts of .shp, .shx and .dbf ------------------------------------------------------


def test_dbf_with_fewer_records_than_shapes_is_refused(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-I"), pa("UZB-NEW-J", lon=70.0)])
    dbf = folder / "uzb_reserves.dbf"
    data = dbf.read_bytes()
    width = struct.unpack("<H", data[10:12])[0]
    dbf.write_bytes(data[:len(data) - width - 1] + b"\x1a")
    patch_dbf_header(dbf, records=1)
    refused(registry, folder, ["uzb_reserves.dbf holds 1 records", "uzb_reserves.shp holds "
                                                                   "2 shapes"])


def test_shx_indexing_fewer_shapes_or_past_the_end_is_refused(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-K"), pa("UZB-NEW-L", lon=70.0)])
    shx = folder / "uzb_reserves.shx"
    data = bytearray(shx.read_bytes())
    data[108:112] = struct.pack(">i", 10_000)  # record 2 starts far past the end of the .shp
    shx.write_bytes(bytes(data))
    refused(registry, folder, ["uzb_reserves.shx: record 2 points past the end"])
    data = data[:-8]
    data[24:28] = struct.pack(">i", len(data) // 2)
    shx.write_bytes(bytes(data))
    refused(registry, folder, ["uzb_reserves.shp holds 2 shapes but uzb_reserves.shx "
                               "indexes 1"])


# ----- 6. a partner changes only its own records ---------------------------------------------


def test_partner_package_cannot_rewrite_another_countrys_record(registry, tmp_path):
    with open_registry(registry) as store:
        ustyurt = store.get(ProtectedArea, "KAZ-USTYURT")
    folder = tmp_path / "sent"
    folder.mkdir()
    with fiona.open(folder / "protected_areas.shp", "w", driver="ESRI Shapefile",
                    schema=SCHEMA, encoding="utf-8", crs_wkt=WGS84_WKT) as sink:
        sink.writerecords([
            {"type": "Feature", "geometry": json.loads(ustyurt.geometry.asJson(8)),
             "properties": {"pa_id": "KAZ-USTYURT", "name_en": "Renamed by UZB",
                            "name_ru": ustyurt.name_ru, "iso3": "KAZ", "status": "draft",
                            "target_sp": ""}},
            pa("UZB-NEW-M")])
    before = file_hash(registry)
    report = merged(registry, folder, sender="UZB", dry_run=True)
    conflict = next(a for a in report.of("conflict") if a.record_id == "KAZ-USTYURT")
    assert "a record of KAZ in a package from UZB" in conflict.detail
    assert "Renamed by UZB" in conflict.detail
    assert [a.record_id for a in report.of("added")] == ["UZB-NEW-M"]
    merged(registry, folder, sender="UZB")
    assert file_hash(registry) != before
    with open_registry(registry) as store:
        assert store.get(ProtectedArea, "KAZ-USTYURT").row() == ustyurt.row()
    # A package whose records are of several countries and that says nothing of its sender
    refused(registry, folder, ["does not say who sent it", "--from"])


def test_identifier_differing_only_in_case_is_the_same_record(registry, tmp_path):
    with open_registry(registry) as store:
        chatkal = store.get(ProtectedArea, "UZB-CHATKAL")
    folder = folder_of(tmp_path, [{"type": "Feature",
                                   "geometry": json.loads(chatkal.geometry.asJson(8)),
                                   "properties": {**pa("x")["properties"],
                                                  "pa_id": "uzb-chatkal",
                                                  "name_en": chatkal.name_en,
                                                  "name_ru": chatkal.name_ru,
                                                  "status": chatkal.status.value,
                                                  "target_sp": ";".join(
                                                      chatkal.target_species)}}])
    report = merged(registry, folder, dry_run=True)
    assert report.count("added") == 0
    assert {a.record_id for a in report.actions} == {"UZB-CHATKAL"}


def test_identifiers_differing_only_in_case_in_one_package_are_refused(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-N"), pa("uzb-new-n", lon=70.0)])
    refused(registry, folder, ["feature 2, field pa_id", "'uzb-new-n'", "feature 1"])


def test_outline_outside_its_own_country_is_refused(registry, tmp_path):
    arctic = folder_of(tmp_path, [pa("UZB-NEW-O", lon=60.0, lat=78.0)])
    refused(registry, arctic, ["feature 1, field geometry", "lies outside UZB"])
    xinjiang = folder_of(tmp_path, [pa("UZB-NEW-P", lon=85.0, lat=42.0)])
    refused(registry, xinjiang, ["lies outside UZB"])


def test_degree_numbers_under_a_utm_prj_are_refused(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-Q")])
    (folder / "uzb_reserves.prj").write_text(UTM42_WKT)
    refused(registry, folder, ["uzb_reserves.shp", "lies outside UZB", "wrong .prj"])


# ----- 7. ambiguous packages -----------------------------------------------------------------


def shapefile_entries(tmp_path, features, name, prefix=""):
    shp = write_shapefile(tmp_path / f"src-{name}-{len(prefix)}", features, name=name)
    return {prefix + p.name: p.read_bytes() for p in shp.parent.iterdir()}


def test_a_file_twice_in_the_zip_is_refused(registry, tmp_path):
    entries = shapefile_entries(tmp_path, [pa("UZB-NEW-R")], "protected_areas")
    package = tmp_path / "twice.zip"
    with zipfile.ZipFile(package, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        archive.writestr("./protected_areas.dbf", entries["protected_areas.dbf"])
    refused(registry, package, ["twice.zip", "protected_areas.dbf", "same file"])


def test_layers_that_collide_are_refused(registry, tmp_path):
    lower = shapefile_entries(tmp_path, [pa("UZB-NEW-S")], "protected_areas")
    upper = shapefile_entries(tmp_path, [pa("UZB-NEW-T")], "PROTECTED_AREAS")
    refused(registry, zip_of(tmp_path / "case.zip", {**lower, **upper}),
            ["protected_areas.", "PROTECTED_AREAS.", "ambiguous"])
    folder = folder_of(tmp_path, [pa("UZB-NEW-S")], name="protected_areas")
    write_shapefile(folder, [pa("UZB-NEW-T")], name="PROTECTED_AREAS")
    refused(registry, folder, ["protected_areas.shp", "PROTECTED_AREAS.shp",
                               "same layer twice"])
    old = shapefile_entries(tmp_path, [pa("UZB-NEW-U")], "protected_areas", "old/")
    new = shapefile_entries(tmp_path, [pa("UZB-NEW-U")], "protected_areas", "new/")
    refused(registry, zip_of(tmp_path / "two.zip", {**old, **new}),
            ["new/protected_areas.shp", "old/protected_areas.shp", "same layer twice"])


def test_one_id_in_two_layers_is_refused(registry, tmp_path):
    first = shapefile_entries(tmp_path, [pa("UZB-NEW-V")], "uzb_reserves")
    second = shapefile_entries(tmp_path, [pa("UZB-NEW-V", lon=70.0)], "uzb_more")
    refused(registry, zip_of(tmp_path / "ids.zip", {**first, **second}),
            ["'UZB-NEW-V' is also used by", "uzb_more.shp", "uzb_reserves.shp"])


def test_naming_one_shp_reads_its_folder_not_the_folders_below(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-W")])
    write_shapefile(folder / "old", [pa("UZB-OLD-X", status="bogus")], name="old_reserves")
    report = merged(registry, folder / "uzb_reserves.shp", dry_run=True)
    assert [a.record_id for a in report.actions] == ["UZB-NEW-W"]


# ----- 8. the LOW list -------------------------------------------------------------------------


def test_encrypted_and_unreadable_compression_are_refused(registry, tmp_path):
    entries = shapefile_entries(tmp_path, [pa("UZB-NEW-Y")], "protected_areas")
    package = zip_of(tmp_path / "locked.zip", entries)
    data = bytearray(package.read_bytes())
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            data[start + flag_at] |= 0x01
            start += 4
    package.write_bytes(bytes(data))
    refused(registry, package, ["locked.zip", "is encrypted"])
    package = zip_of(tmp_path / "method.zip", entries)
    data = bytearray(package.read_bytes())
    for signature, method_at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            data[start + method_at:start + method_at + 2] = struct.pack("<H", 99)
            start += 4
    package.write_bytes(bytes(data))
    refused(registry, package, ["method.zip", "compressed with a method"])


def test_unknown_cpg_and_unreadable_prj_are_refused_by_name(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-Z")])
    (folder / "uzb_reserves.cpg").write_text("KLINGON-8")
    refused(registry, folder, ["uzb_reserves.cpg", "unknown text encoding 'KLINGON-8'"])
    (folder / "uzb_reserves.cpg").write_text("UTF-16")
    refused(registry, folder, ["uzb_reserves.cpg", "unknown text encoding"])
    (folder / "uzb_reserves.cpg").write_text("UTF-8")
    (folder / "uzb_reserves.prj").write_text('PROJCS["nonsense",FOO[1]]')
    message = refused(registry, folder, ["uzb_reserves.prj", "cannot be understood"])
    assert "no .prj" not in message


def test_bad_values_are_refused_with_their_field(registry, tmp_path):
    schema = {"geometry": "Polygon", "properties": {**SCHEMA["properties"],
                                                    "wdpa_id": "int:18"}}
    folder = tmp_path / "sent"
    folder.mkdir()
    with fiona.open(folder / "uzb.shp", "w", driver="ESRI Shapefile", schema=schema,
                    encoding="utf-8", crs_wkt=WGS84_WKT) as sink:
        sink.writerecords([
            {**pa("UZB-V1"), "properties": {**pa("UZB-V1")["properties"], "wdpa_id": 12}},
            {**pa("UZB-V2"), "properties": {**pa("UZB-V2")["properties"], "wdpa_id": -5}},
            {**pa("UZB-V3"), "properties": {**pa("UZB-V3")["properties"],
                                            "name_en": "\u200b", "wdpa_id": 7}},
            {**pa("UZB-V4"), "properties": {**pa("UZB-V4")["properties"],
                                            "wdpa_id": 10 ** 15}}])
    set_dbf_value(folder / "uzb.dbf", 0, "wdpa_id", b"12abc".rjust(18))
    message = refused(registry, folder, ["feature 1, field wdpa_id: '12abc' is not a number",
                                         "feature 2, field wdpa_id", "-5",
                                         "feature 3, field name_en",
                                         "feature 4, field wdpa_id"])
    assert "temporary" not in message


def test_impossible_release_date_is_refused(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-AA")])
    (folder / "releases.csv").write_text(
        "site_id,release_date,animals,origin\nRS-ALIBI-PH,2024-02-31,7,Prague\n",
        encoding="utf-8")
    refused(registry, folder, ["releases.csv, line 2, field release_date", "2024-02-31"])


def test_deeply_nested_manifest_is_refused_by_name(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-AB")])
    (folder / "manifest.json").write_text("[" * 100_000 + "]" * 100_000)
    refused(registry, folder, ["manifest.json", "not valid"])


def test_messages_never_name_the_temporary_folder(registry, tmp_path):
    entries = shapefile_entries(tmp_path, [pa("UZB-NEW-AC")], "protected_areas")
    entries["protected_areas.shp"] = entries["protected_areas.shp"][:100] + b"\0" * 7
    with pytest.raises(PackageError) as caught:
        check_partner_package(zip_of(tmp_path / "sent.zip", entries))
    assert "tbpa-import-" not in str(caught.value) and "/tmp" not in str(caught.value)


@pytest.mark.subprocess
def test_command_line_checks_the_package_before_opening_the_registry(registry, tmp_path):
    import sqlite3

    from plugin.registry.schema import HISTORY_TRIGGERS

    with sqlite3.connect(registry) as conn:  # as a registry copied by another tool arrives
        for name in HISTORY_TRIGGERS:
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    conn.close()
    folder = folder_of(tmp_path, [pa("UZB-NEW-AD", status="bogus")])
    before = file_hash(registry)
    result = run_cli("import", str(registry), str(folder))
    assert result.returncode == 1 and "field status" in result.stderr
    assert file_hash(registry) == before


def test_refusal_lists_problems_of_every_kind(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-AE", iso3="XXX")])
    with open_registry(registry) as store, pytest.raises(PackageRefusedError) as caught:
        import_partner_package(store, folder, ImportOptions())
    assert caught.value.problems and "field iso3" in caught.value.problems[0]


def test_registry_refuses_an_identifier_differing_only_in_case(registry):
    from plugin.registry.model import RecordError

    with open_registry(registry) as store:
        chatkal = store.get(ProtectedArea, "UZB-CHATKAL")
        copy = ProtectedArea.parse({**chatkal.row(), "pa_id": "Uzb-Chatkal",
                                    "geometry": chatkal.geometry})
        with pytest.raises(RecordError, match="already in the registry"):
            store.add(copy)


def test_registry_held_exclusively_is_reported_as_locked(registry, tmp_path):
    import sqlite3

    from plugin.registry.store import RegistryLockedError, RegistryStore

    holder = sqlite3.connect(registry, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(RegistryLockedError, match="locked by another program"):
            RegistryStore.open(registry, busy_timeout_s=0.1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_model_words_an_invalid_outline_with_geos(monkeypatch):
    from qgis.core import QgsGeometry

    from plugin.registry.model import RecordError

    calls = []
    real = QgsGeometry.validateGeometry
    monkeypatch.setattr(QgsGeometry, "validateGeometry",
                        lambda self, *args: calls.append(args) or real(self, *args))
    bow_tie = "POLYGON((69 41.5, 69.2 41.7, 69.2 41.5, 69 41.7, 69 41.5))"
    with pytest.raises(RecordError, match="Self-intersection"):
        ProtectedArea.parse({"pa_id": "UZB-BOW", "name_en": "Bow", "iso3": "UZB",
                             "status": "draft", "geometry": bow_tie})
    assert len(calls) == 1 and calls[0]  # once, with the GEOS engine


def test_processing_checks_the_package_before_opening_the_registry(registry, tmp_path,
                                                                   tbpa_provider):
    import sqlite3

    import processing
    from qgis.core import QgsProcessingException

    from plugin.registry.schema import HISTORY_TRIGGERS

    with sqlite3.connect(registry) as conn:
        for name in HISTORY_TRIGGERS:
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    conn.close()
    folder = folder_of(tmp_path, [pa("UZB-NEW-AF", status="bogus")])
    before = file_hash(registry)
    with pytest.raises(QgsProcessingException, match="field status"):
        processing.run("tbpa:importpartnerpackage", {
            "registry": str(registry), "package": str(folder / "uzb_reserves.shp")})
    assert file_hash(registry) == before


def test_detailed_outline_sent_back_with_one_vertex_moved_is_compared_in_bounded_time(
        registry, tmp_path, monkeypatch):
    from qgis.core import QgsGeometry

    def quadratic(*args):
        raise AssertionError("GEOS's Hausdorff distance is quadratic in the vertices")

    detailed = circle(64.6, 39.7, 0.3, 60_000)
    folder = folder_of(tmp_path, [pa("UZB-NEW-AG", geometry=detailed)])
    merged(registry, folder)
    ring = detailed["coordinates"][0]
    ring[100] = (ring[100][0] + 0.0005, ring[100][1])  # about 40 m out
    write_shapefile(folder, [pa("UZB-NEW-AG", geometry=detailed, status="draft")])
    monkeypatch.setattr(QgsGeometry, "hausdorffDistance", quadratic)
    report = merged(registry, folder, dry_run=True)
    update = next((a for a in report.of("updated") if a.record_id == "UZB-NEW-AG"), None)
    assert update is not None, report.lines()
    assert "status: 'created' -> 'draft'" in update.detail
    assert "geometry moved by up to 100 m" in update.detail


def test_registry_that_cannot_be_written_is_reported_not_unexpected(registry, tmp_path,
                                                                   monkeypatch):
    import sqlite3
    from contextlib import contextmanager

    from plugin.registry.backend import RegistryError
    from plugin.registry.store import RegistryStore

    @contextmanager
    def read_only(self):
        raise sqlite3.OperationalError("attempt to write a readonly database")
        yield  # pragma: no cover

    monkeypatch.setattr(RegistryStore, "transaction", read_only)
    folder = folder_of(tmp_path, [pa("UZB-NEW-AH")])
    before = file_hash(registry)
    with open_registry(registry) as store, pytest.raises(RegistryError) as caught:
        import_partner_package(store, folder, ImportOptions())
    assert "readonly" in str(caught.value) and "writable" in str(caught.value)
    assert file_hash(registry) == before


def test_manifest_naming_an_unknown_sender_is_refused(registry, tmp_path):
    folder = folder_of(tmp_path, [pa("UZB-NEW-AI")])
    (folder / "manifest.json").write_text(json.dumps({"partner": "XXX", "files": {}}))
    refused(registry, folder, ["unknown range state 'XXX' as the sender"])


def test_exchange_creates_no_pyproj_crs_or_transformer_and_runs_in_a_worker_thread(
        registry, tmp_path, monkeypatch):
    """pyproj objects are not thread-safe (a CRS made in a QGIS task crashed QGIS 3.40): the
    reader, the import and the export use QGIS's CRS and transforms, made in their thread."""
    import threading

    import pyproj

    def forbidden(*args, **kwargs):
        raise AssertionError("a pyproj CRS or Transformer in the exchange")

    for name in ("from_epsg", "from_user_input", "from_wkt", "from_proj4"):
        monkeypatch.setattr(pyproj.CRS, name, forbidden)
    monkeypatch.setattr(pyproj.Transformer, "from_crs", forbidden)
    outcome = {}

    def work():
        try:
            with open_registry(registry) as store:
                package = export_partner_package(store, tmp_path / "out", ExportOptions(
                    "UZB", crs="EPSG:32642", today=date(2025, 6, 24))).path
                outcome["report"] = import_partner_package(store, package, ImportOptions())
        except BaseException as error:  # reported on the main thread below
            outcome["error"] = error

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(120)
    assert "error" not in outcome, outcome.get("error")
    report = outcome["report"]
    assert report.count("skipped") > 0 and report.count("updated") == 0
