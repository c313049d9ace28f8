"""Names of registry records in the user's language (en, ru, kk).

Records carry ``name_en`` and ``name_ru``; protected areas also ``name_local`` (the name in the
country's own language, Kazakh for Kazakh sites). Kazakh readers get the local name of Kazakh
sites and otherwise the Russian name they read daily; any missing name falls back to English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..registry.catalogue import RANGE_STATES


def display_name(values: Mapping[str, Any], language: str) -> str:
    """Name of a record (a row or feature attributes as a mapping) for ``language``."""
    english = str(values.get("name_en") or "")
    russian = str(values.get("name_ru") or "")
    local = str(values.get("name_local") or "")
    if language == "ru":
        return russian or english
    if language == "kk":
        if local and values.get("iso3") == "KAZ":
            return local
        return russian or english
    return english or russian


def country_name(iso3: str, language: str) -> str:
    """Name of a range state for ``language`` (its ISO3 code when unknown)."""
    info = RANGE_STATES.get(iso3)
    return info.name(language) if info else iso3


def name_expression(language: str, *, with_local: bool = False) -> str:
    """QGIS expression giving a feature's name in ``language`` (for labels and display)."""
    if language == "ru":
        return "coalesce(nullif(\"name_ru\", ''), \"name_en\")"
    if language == "kk":
        russian = "coalesce(nullif(\"name_ru\", ''), \"name_en\")"
        if with_local:
            return (f"CASE WHEN \"iso3\" = 'KAZ' AND nullif(\"name_local\", '') IS NOT NULL "
                    f"THEN \"name_local\" ELSE {russian} END")
        return russian
    return "\"name_en\""


def range_state_label_expression(language: str) -> str:
    """Expression labelling range states with the country's name in ``language``.

    The table holds English and Russian names only, so Kazakh names come from the catalogue.
    """
    if language != "kk":
        return name_expression(language)
    # QGIS expressions know only the searched form (CASE WHEN condition THEN ...).
    cases = " ".join(
        "WHEN \"iso3\" = '{iso3}' THEN '{name}'".format(
            iso3=iso3, name=info.name_kk.replace("'", "''"))
        for iso3, info in RANGE_STATES.items()
    )
    return f"CASE {cases} ELSE {name_expression('ru')} END"
