"""Reading what partners send without trusting it: a zip or a folder of shapefiles.

A zip is unpacked into a private temporary folder only after every entry has been checked: no
absolute path, no ``..``, no link, no more than the size limits (declared and actual, so a zip
bomb is stopped while it inflates). Each shapefile is checked before GDAL reads it (headers,
lengths, companions), and its text encoding is decided explicitly: the ``.cpg`` when there is
one, the caller's ``--encoding`` over everything, otherwise detected between UTF-8 and cp1251
(common in data from the region). A choice that would store mojibake is refused.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import fiona
from fiona.errors import FionaError
from pyproj import CRS
from pyproj.exceptions import CRSError

from ..i18n import tr


class PackageError(ValueError):
    """The package cannot be read; the message names file, layer, feature and field."""


@dataclass(frozen=True)
class ReadLimits:
    """Limits that stop a hostile or broken zip before it fills the disk."""

    max_total_bytes: int = 1 << 30
    max_file_bytes: int = 512 << 20
    max_entries: int = 2000
    max_ratio: float = 200.0  # uncompressed / compressed size of one entry


# ----- the package as a folder ---------------------------------------------------------------


def _unsafe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return True
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return any(part in ("..", "") for part in parts)


def _check_entries(archive: zipfile.ZipFile, zip_path: Path, limits: ReadLimits
                   ) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    files = [info for info in infos if not info.is_dir()]
    if not files:
        raise PackageError(tr("{file}: the zip is empty").format(file=zip_path.name))
    if len(infos) > limits.max_entries:
        raise PackageError(tr("{file}: {count} entries, more than the limit of {limit}").format(
            file=zip_path.name, count=len(infos), limit=limits.max_entries))
    total = 0
    for info in infos:
        if _unsafe_name(info.filename):
            raise PackageError(tr("{file}: entry '{entry}' has an absolute path or '..'; the "
                                  "package is refused (nothing was extracted)").format(
                                      file=zip_path.name, entry=info.filename))
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackageError(tr("{file}: entry '{entry}' is a symbolic link; refused").format(
                file=zip_path.name, entry=info.filename))
        if info.file_size > limits.max_file_bytes:
            raise PackageError(tr("{file}: entry '{entry}' is {size} bytes, over the limit of "
                                  "{limit}").format(file=zip_path.name, entry=info.filename,
                                                    size=info.file_size,
                                                    limit=limits.max_file_bytes))
        if info.file_size > (1 << 20) and info.file_size > limits.max_ratio * max(
                info.compress_size, 1):
            raise PackageError(tr("{file}: entry '{entry}' inflates {ratio:.0f} times (a zip "
                                  "bomb?); refused").format(
                                      file=zip_path.name, entry=info.filename,
                                      ratio=info.file_size / max(info.compress_size, 1)))
        total += info.file_size
    if total > limits.max_total_bytes:
        raise PackageError(tr("{file}: {size} bytes once unpacked, over the limit of {limit}"
                              ).format(file=zip_path.name, size=total,
                                       limit=limits.max_total_bytes))
    return files


def _extract(zip_path: Path, target: Path, limits: ReadLimits) -> None:
    try:
        archive = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as error:
        raise PackageError(tr("{file}: not a readable zip ({error})").format(
            file=zip_path.name, error=error)) from None
    root = target.resolve()
    written = 0
    with archive:
        for info in _check_entries(archive, zip_path, limits):
            destination = (target / info.filename.replace("\\", "/")).resolve()
            if root not in destination.parents:
                raise PackageError(tr("{file}: entry '{entry}' points outside the package"
                                      ).format(file=zip_path.name, entry=info.filename))
            destination.parent.mkdir(parents=True, exist_ok=True)
            size = 0
            try:
                with archive.open(info) as source, open(destination, "wb") as sink:
                    for block in iter(lambda s=source: s.read(1 << 16), b""):
                        size += len(block)
                        written += len(block)
                        # Headers can lie: count what really comes out.
                        if size > max(info.file_size, 0) or size > limits.max_file_bytes or \
                                written > limits.max_total_bytes:
                            raise PackageError(tr(
                                "{file}: entry '{entry}' inflates beyond its declared size or "
                                "the limits (a zip bomb?); refused").format(
                                    file=zip_path.name, entry=info.filename))
                        sink.write(block)
            except (zipfile.BadZipFile, zlib.error, EOFError) as error:
                raise PackageError(tr("{file}: entry '{entry}' is damaged ({error})").format(
                    file=zip_path.name, entry=info.filename, error=error)) from None


@contextmanager
def opened_package(path: str | Path, limits: ReadLimits | None = None) -> Iterator[Path]:
    """The package as a folder: a zip unpacked into a temporary folder, or the folder itself."""
    path = Path(path)
    limits = limits or ReadLimits()
    if path.is_dir():
        yield path
        return
    if not path.is_file():
        raise PackageError(tr("{file}: no such file or folder").format(file=path))
    if path.suffix.lower() == ".shp":
        yield path.parent
        return
    with tempfile.TemporaryDirectory(prefix="tbpa-import-") as work:
        _extract(path, Path(work), limits)
        yield Path(work)


def verify_manifest(folder: Path) -> dict[str, Any] | None:
    """Check every file against ``manifest.json`` (when there is one); return the manifest."""
    path = folder / "manifest.json"
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        files = dict(manifest.get("files") or {})
    except (ValueError, AttributeError, TypeError) as error:
        raise PackageError(tr("manifest.json: not valid ({error})").format(error=error)) from None
    for name, expected in files.items():
        if _unsafe_name(name):
            raise PackageError(tr("manifest.json: file name '{name}' is not allowed").format(
                name=name))
        member = folder / name
        if not member.is_file():
            raise PackageError(tr("{file}: listed in manifest.json but missing from the "
                                  "package").format(file=name))
        digest = hashlib.sha256(member.read_bytes()).hexdigest()
        if digest != expected:
            raise PackageError(tr("{file}: its SHA-256 differs from manifest.json (damaged or "
                                  "changed after export)").format(file=name))
    return manifest


# ----- shapefiles --------------------------------------------------------------------------------


def companion(shp: Path, suffix: str) -> Path | None:
    """The file next to ``shp`` with ``suffix`` (any letter case), or None."""
    for candidate in shp.parent.glob(shp.stem + ".*"):
        if candidate.stem == shp.stem and candidate.suffix.lower() == suffix:
            return candidate
    return None


def _check_shapefile_files(shp: Path) -> None:
    """Refuse a truncated or non-shapefile set of files before GDAL guesses around it."""
    for suffix in (".shx", ".dbf"):
        if companion(shp, suffix) is None:
            raise PackageError(tr("{file}: the {part} file is missing (an incomplete "
                                  "shapefile)").format(file=shp.name, part=suffix))
    for path in (shp, companion(shp, ".shx")):
        data = path.read_bytes()
        if len(data) < 100 or struct.unpack(">i", data[:4])[0] != 9994:
            raise PackageError(tr("{file}: not a shapefile (bad header)").format(file=path.name))
        declared = struct.unpack(">i", data[24:28])[0] * 2
        if declared != len(data):
            raise PackageError(tr("{file}: the file is {size} bytes but its header says "
                                  "{declared}: truncated or damaged").format(
                                      file=path.name, size=len(data), declared=declared))
    dbf = companion(shp, ".dbf")
    data = dbf.read_bytes()
    if len(data) < 32:
        raise PackageError(tr("{file}: not a dBASE file (too short)").format(file=dbf.name))
    records, header, width = struct.unpack("<IHH", data[4:12])
    if header < 33 or header + records * width > len(data):
        raise PackageError(tr("{file}: holds {size} bytes, fewer than its {records} records "
                              "need: truncated or not a dBASE file").format(
                                  file=dbf.name, size=len(data), records=records))


def _dbf_text_values(dbf: Path) -> list[bytes]:
    """Raw bytes of every non-empty text (C) field value, to decide the encoding."""
    data = dbf.read_bytes()
    records, header, width = struct.unpack("<IHH", data[4:12])
    fields, offset, position = [], 1, 32
    while position + 32 <= header and data[position] != 0x0D:
        kind, length = chr(data[position + 11]), data[position + 16]
        if kind == "C":
            fields.append((offset, length))
        offset += length
        position += 32
    values = []
    for index in range(records):
        start = header + index * width
        for field_offset, length in fields:
            value = data[start + field_offset:start + field_offset + length].rstrip(b" \x00")
            if value and not value.isascii():
                values.append(value)
    return values


def _is_utf8(value: bytes) -> bool:
    """True for UTF-8, also when a field was cut inside a character at its end."""
    for cut in range(4):
        try:
            value[:len(value) - cut].decode("utf-8")
            return True
        except UnicodeDecodeError:
            continue
    return False


_CPG_ALIASES = {"65001": "utf-8", "utf8": "utf-8", "1251": "cp1251", "ansi 1251": "cp1251",
                "windows-1251": "cp1251", "866": "cp866", "1252": "cp1252",
                "ansi 1252": "cp1252", "88591": "latin-1"}


def _codec(name: str, where: str) -> str:
    text = name.strip().lower().replace("_", "-")
    text = _CPG_ALIASES.get(text, _CPG_ALIASES.get(text.replace("-", ""), text))
    try:
        return codecs.lookup(text).name
    except LookupError:
        raise PackageError(tr("{where}: unknown text encoding '{name}'").format(
            where=where, name=name)) from None


def decide_encoding(shp: Path, override: str | None = None) -> tuple[str, str]:
    """(codec, why) of the DBF's text: ``--encoding``, else the ``.cpg``, else detected."""
    dbf = companion(shp, ".dbf")
    values = _dbf_text_values(dbf)
    cpg = companion(shp, ".cpg")
    if override:
        encoding, source = _codec(override, tr("--encoding")), tr("--encoding")
    elif cpg is not None:
        encoding, source = _codec(cpg.read_text(encoding="ascii", errors="replace"),
                                  cpg.name), cpg.name
    else:
        if all(_is_utf8(v) for v in values):
            return "utf-8", tr("detected")
        encoding, source = "cp1251", tr("detected")
        if not _looks_cyrillic(values):
            raise PackageError(tr("{file}: no .cpg and the text is neither UTF-8 nor Cyrillic "
                                  "cp1251; give the encoding with --encoding").format(
                                      file=dbf.name))
        return encoding, source
    if encoding == "utf-8":
        bad = next((v for v in values if not _is_utf8(v)), None)
        if bad is not None:
            raise PackageError(tr("{file}: {source} says UTF-8 but the text is not UTF-8 "
                                  "(for instance {sample!r}); give the right --encoding, "
                                  "e.g. cp1251").format(file=dbf.name, source=source,
                                                        sample=bad[:20]))
    elif values and all(_is_utf8(v) for v in values):
        raise PackageError(tr("{file}: {source} says {encoding} but the text is UTF-8; reading "
                              "it as {encoding} would store garbled names (mojibake)").format(
                                  file=dbf.name, source=source, encoding=encoding))
    else:
        for value in values:
            try:
                value.decode(encoding)
            except UnicodeDecodeError:
                raise PackageError(tr("{file}: the text cannot be read as {encoding} ({source})"
                                      ).format(file=dbf.name, encoding=encoding,
                                               source=source)) from None
    return encoding, source


def _looks_cyrillic(values: list[bytes]) -> bool:
    """Most non-ASCII letters decode to Cyrillic in cp1251 (0xC0-0xFF, Ё, ё, Kazakh letters)."""
    text = "".join(v.decode("cp1251", errors="replace") for v in values)
    foreign = [c for c in text if not c.isascii()]
    cyrillic = [c for c in foreign if "\u0400" <= c <= "\u04ff"]
    return bool(foreign) and len(cyrillic) >= 0.8 * len(foreign)


@dataclass
class ShapefileLayer:
    """A shapefile read in full: features as (number, properties, GeoJSON geometry)."""

    path: Path
    crs: CRS
    encoding: str
    encoding_source: str
    geometry_type: str
    field_names: list[str]
    features: list[tuple[int, dict[str, Any], dict | None]] = field(default_factory=list)

    @property
    def name(self) -> str:
        """Layer name (the file name without extension)."""
        return self.path.stem


def read_shapefile(shp: Path, *, encoding: str | None = None, crs: str | None = None
                   ) -> ShapefileLayer:
    """Read ``shp`` with fiona after the checks above; PackageError names the file."""
    _check_shapefile_files(shp)
    codec, source = decide_encoding(shp, encoding)
    try:
        with fiona.open(shp, encoding=codec) as collection:
            wkt = collection.crs_wkt
            layer = ShapefileLayer(shp, CRS.from_epsg(4326), codec, source,
                                   collection.schema.get("geometry") or "",
                                   list(collection.schema["properties"]))
            for number, feature in enumerate(collection, start=1):
                geometry = feature.geometry
                layer.features.append((number, dict(feature.properties),
                                       None if geometry is None else _plain(geometry)))
    except (FionaError, OSError, ValueError, UnicodeDecodeError) as error:
        raise PackageError(tr("{file}: cannot be read as a shapefile ({error})").format(
            file=shp.name, error=error)) from None
    if crs:
        try:
            layer.crs = CRS.from_user_input(crs)
        except CRSError:
            raise PackageError(tr("unknown coordinate reference system '{value}' (--crs)").format(
                value=crs)) from None
    elif wkt and companion(shp, ".prj") is not None:
        try:
            layer.crs = CRS.from_wkt(wkt)
        except CRSError as error:
            raise PackageError(tr("{file}: the .prj cannot be understood ({error}); give the "
                                  "CRS with --crs").format(file=shp.name, error=error)) from None
    else:
        raise PackageError(tr("{file}: no .prj file, so the coordinates' system is unknown; "
                              "give it with --crs (e.g. --crs EPSG:4326)").format(file=shp.name))
    return layer


def _plain(geometry) -> dict:
    """A fiona geometry as a plain GeoJSON mapping."""
    return dict(geometry.__geo_interface__ if hasattr(geometry, "__geo_interface__")
                   else geometry)


def read_csv_table(path: Path, encoding: str | None = None) -> list[dict[str, str]]:
    """Rows of a CSV of the package (UTF-8 with or without BOM, else ``encoding``)."""
    # A partner's CSV that is neither raises UnicodeDecodeError, a ValueError the caller reports.
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not encoding:
            raise PackageError(tr("{file}: the text is not UTF-8; give its encoding with "
                                  "--encoding").format(file=path.name)) from None
        text = data.decode(_codec(encoding, tr("--encoding")), errors="strict")
    try:
        return list(csv.DictReader(text.lstrip("\ufeff").splitlines()))
    except csv.Error as error:
        raise PackageError(tr("{file}: not a readable CSV ({error})").format(
            file=path.name, error=error)) from None
