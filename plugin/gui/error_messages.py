"""Refusals written for the analyst: the record by its name, the field by its label, what to do.

The store and the models name tables, identifiers and field names (``releases
'RS-ALIBI-KULAN', field 'release_date'``), which suits the command line and the log; the
desktop shows :func:`describe_error` instead. :func:`describe_database_error` does the same
for SQLite's own refusals as GDAL reports them (``NOT NULL constraint failed:
protected_areas.iso3``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..i18n import tr
from ..project.registry_styles import field_aliases
from ..registry.model import RecordError
from ..registry.schema import TABLES


def record_kind(table: str) -> str:
    """What one row of ``table`` is, in words (``Protected area``, ``Release at site``)."""
    kinds = {
        "protected_areas": tr("Protected area"), "networks": tr("Network"),
        "network_members": tr("Member of a network"),
        "reintroduction_sites": tr("Reintroduction site"), "releases": tr("Release at site"),
        "range_states": tr("Range state"),
    }
    return kinds.get(table, table)


def field_label(table: str, field: str) -> str:
    """The title of ``field`` in QGIS's forms and attribute table for ``table``."""
    names = list(TABLES[table].field_names) if table in TABLES else []
    labels = {"geometry": tr("Position on the map"), "longitude": tr("Longitude"),
              "latitude": tr("Latitude"), **field_aliases([*names, field])}
    return labels.get(field, field)


def describe_error(error: Exception, names: Mapping[str, str] | None = None) -> str:
    """``error`` as a sentence for the analyst.

    ``names`` maps identifiers to names (a record is then named by its name); a refused
    record names its field by the form's label and says to correct it.
    """
    if not isinstance(error, RecordError):
        return str(error)
    kind = record_kind(error.table)
    name = (names or {}).get(error.record_id)
    if name and name != error.record_id:
        record = tr("{kind} “{name}” ({id})").format(kind=kind, name=name, id=error.record_id)
    elif error.record_id and error.record_id != "?":
        record = tr("{kind} {id}").format(kind=kind, id=error.record_id)
    else:
        record = tr("New {kind}").format(kind=kind.lower())
    label = field_label(error.table, error.field)
    return tr("{record}: {field}: {problem}. Correct “{field}” and try again.").format(
        record=record, field=label, problem=error.problem)


#: SQLite's refusals in words (translated where used; marked here for pylupdate5).
NOT_NULL_REFUSAL = QT_TRANSLATE_NOOP(
    "@default", "{kind}: “{field}” is required. Fill it in and save again.")
UNIQUE_REFUSAL = QT_TRANSLATE_NOOP(
    "@default", "{kind}: another record has the same “{field}”. Give it another value and save "
    "again.")
CHECK_REFUSAL = QT_TRANSLATE_NOOP(
    "@default", "{kind}: a value is not allowed. Pick one of the values the form offers and "
    "save again.")

_NOT_NULL = re.compile(r"NOT NULL constraint failed: (\w+)\.(\w+)")
_UNIQUE = re.compile(r"UNIQUE constraint failed: (\w+)\.(\w+)")
_CHECK = re.compile(r"CHECK constraint failed: (\w+)")


def describe_database_error(text: str) -> str:
    """A database refusal (as in QGIS's commit errors) in words; ``text`` when unknown."""
    match = _NOT_NULL.search(text) or _UNIQUE.search(text)
    if match is not None:
        table, field = match.groups()
        message = tr(NOT_NULL_REFUSAL) if match.re is _NOT_NULL else tr(UNIQUE_REFUSAL)
        return message.format(kind=record_kind(table), field=field_label(table, field))
    match = _CHECK.search(text)
    if match is not None:
        return tr(CHECK_REFUSAL).format(kind=record_kind(match.group(1)))
    return text
