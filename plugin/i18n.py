"""Translation of user-visible text.

Every message goes through :func:`tr`, whose context is the one ``pylupdate5`` gives to a bare
``tr("...")`` call ("@default"), so the ``.ts`` files made from the sources match at run time.
Placeholders are named (``{name}``) and filled with ``str.format`` after translation.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

CONTEXT = "@default"
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
SUPPORTED_LANGUAGES = ("en", "ru", "kk")

#: Language of the installed translator (names of countries and species follow it).
_ACTIVE_LANGUAGE = ["en"]


def tr(text: str) -> str:
    """Translate ``text`` into the language of the installed translator."""
    return QCoreApplication.translate(CONTEXT, text)


def qgis_language() -> str:
    """Two-letter language QGIS runs in (``locale/userLocale`` unless the override is off)."""
    settings = QSettings()
    override = str(settings.value("locale/overrideFlag", False)).lower() in ("true", "1")
    locale = settings.value("locale/userLocale", "") if override else ""
    if not locale:
        locale = settings.value("locale/userLocale", "") or QLocale.system().name()
    return str(locale)[:2].lower()


def load_translator(language: str) -> QTranslator | None:
    """Install the translator for ``language``; return it (to remove later) or None for English."""
    language = (language or "en")[:2].lower()
    if language == "en" or language not in SUPPORTED_LANGUAGES:
        return None
    translator = QTranslator()
    if not translator.load(str(I18N_DIR / f"tbpa_{language}.qm")):
        return None
    QCoreApplication.installTranslator(translator)
    _ACTIVE_LANGUAGE[0] = language
    return translator


def current_language() -> str:
    """Two-letter language of the messages (``en`` unless a translator was loaded)."""
    return _ACTIVE_LANGUAGE[0]


def remove_translator(translator: QTranslator | None) -> None:
    """Undo :func:`load_translator`."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
        _ACTIVE_LANGUAGE[0] = "en"
