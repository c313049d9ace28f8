"""Names of registry records and range states in the user's language (en, ru, kk).

Records carry ``name_en`` and ``name_ru``; protected areas also ``name_local`` (the name in the
country's own language, Kazakh for Kazakh sites). Kazakh readers get the local name of Kazakh
sites and otherwise the Russian name they read daily; any missing name falls back to English.
The names of the range states come from the catalogue. Every layer that names things (the
analysis' messages, the map, the dock) uses these two functions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .catalogue import RANGE_STATES


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
