"""Translation of user-visible text.

Every message goes through :func:`tr`, whose context is the one ``pylupdate5`` gives to a bare
``tr("...")`` call ("@default"), so the ``.ts`` files made from the sources match at run time.
Placeholders are named (``{name}``) and filled with ``str.format`` after translation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

CONTEXT = "@default"
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
SUPPORTED_LANGUAGES = ("en", "ru", "kk")
#: Fields holding a record's name, most wanted first, per language; English is the fallback.
#: Kazakh prefers the local name of Kazakh records (see :func:`name_expression`), then Russian,
#: which Kazakhstan's analysts read, rather than the local name of a foreign area.
NAME_FIELDS = {
    "en": ("name_en",),
    "ru": ("name_ru", "name_en"),
    "kk": ("name_kk", "name_local", "name_ru", "name_en"),
}
#: Fields only meant for records of Kazakhstan in Kazakh (the local name of a Kyrgyz or Chinese
#: area is in Kyrgyz or Chinese).
KAZAKH_ONLY_FIELDS = ("name_local",)

#: Installed translators with their language, newest last (the plugin and the CLI each add one).
_INSTALLED: list[tuple[QTranslator, str]] = []


def tr(text: str) -> str:
    """Translate ``text`` into the language of the installed translator."""
    return QCoreApplication.translate(CONTEXT, text)


def qgis_language() -> str:
    """Two-letter language QGIS runs in.

    Like QGIS itself: ``locale/userLocale`` when ``locale/overrideFlag`` is set, otherwise the
    translation QGIS chose at start-up (the system locale), so a user locale left over from an
    earlier override does not win.
    """
    settings = QSettings()
    override = str(settings.value("locale/overrideFlag", False)).lower() in ("true", "1")
    locale = str(settings.value("locale/userLocale", "") or "") if override else ""
    if not locale:
        app = QCoreApplication.instance()
        translation = getattr(app, "translation", None)
        locale = str(translation() or "") if callable(translation) else ""
    if not locale:
        locale = QLocale.system().name()
    return locale[:2].lower()


def load_translator(language: str) -> QTranslator | None:
    """Install the translator for ``language``; return it (to remove later) or None for English."""
    language = (language or "en")[:2].lower()
    if language == "en" or language not in SUPPORTED_LANGUAGES:
        return None
    translator = QTranslator()
    if not translator.load(str(I18N_DIR / f"tbpa_{language}.qm")):
        return None
    QCoreApplication.installTranslator(translator)
    _INSTALLED.append((translator, language))
    return translator


def current_language() -> str:
    """Two-letter language of the messages (``en`` unless a translator is installed).

    Names of countries, species and records follow it, so they match the messages around them;
    the command line installs its translator from ``--lang``/``LANG`` without touching QGIS's
    settings, which is why this is not :func:`qgis_language`.
    """
    return _INSTALLED[-1][1] if _INSTALLED else "en"


def remove_translator(translator: QTranslator | None) -> None:
    """Undo :func:`load_translator`."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
        _INSTALLED[:] = [(t, lang) for t, lang in _INSTALLED if t is not translator]


def name_fields(language: str, available: Iterable[str] | None = None) -> tuple[str, ...]:
    """Name fields to label a record with in ``language``, most wanted first.

    ``available`` (a table's field names) drops the fields the table lacks; ``name_en`` is
    always last, so there is a name whatever the language.
    """
    wanted = NAME_FIELDS.get((language or "en")[:2].lower(), NAME_FIELDS["en"])
    if available is None:
        return wanted
    present = set(available)
    return tuple(f for f in wanted if f in present or f == "name_en")


def name_expression(language: str, available: Iterable[str]) -> str:
    """QGIS expression giving a feature's name in ``language``, falling back to English.

    For ``ru`` on a table with ``name_ru``: ``coalesce(nullif("name_ru", ''), "name_en")``.
    For ``kk``, ``name_local`` counts only where ``iso3`` is KAZ (when the table has ``iso3``).
    """
    available = list(available)
    fields = name_fields(language, available)
    parts = []
    for field in fields[:-1]:
        part = f"nullif(\"{field}\", '')"
        if field in KAZAKH_ONLY_FIELDS and "iso3" in available:
            part = f"CASE WHEN \"iso3\" = 'KAZ' THEN {part} END"
        parts.append(part)
    parts.append(f'"{fields[-1]}"')
    return f"coalesce({', '.join(parts)})" if len(parts) > 1 else parts[0]


def record_name(values: Mapping[str, Any], language: str) -> str:
    """Name of a record (a row or attribute map) in ``language``, same rules as the labels."""
    for field in name_fields(language, values.keys()):
        if field in KAZAKH_ONLY_FIELDS and "iso3" in values and values.get("iso3") != "KAZ":
            continue
        value = values.get(field)
        if value not in (None, "") and str(value).strip():
            return str(value)
    return str(values.get("name_en") or "")
