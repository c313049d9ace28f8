"""QGIS expressions naming registry features in the user's language (en, ru, kk).

The same rules as :func:`plugin.registry.names.display_name`, written as expressions for labels,
display names and value maps of the project's layers.
"""

from __future__ import annotations

from ..registry.catalogue import RANGE_STATES


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
