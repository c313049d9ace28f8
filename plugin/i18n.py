"""Translation of user-visible text.

Every message goes through :func:`tr`, whose context is the one ``pylupdate5`` gives to a bare
``tr("...")`` call ("@default"), so the ``.ts`` files made from the sources match at run time.
Placeholders are named (``{name}``) and filled with ``str.format`` after translation.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

LOG = logging.getLogger(__name__)
CONTEXT = "@default"
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
SUPPORTED_LANGUAGES = ("en", "ru", "kk")
#: Installed translators with their language, newest last (the plugin and the CLI each add one).
_INSTALLED: list[tuple[QTranslator, str]] = []


def tr(text: str) -> str:
    """Translate ``text`` into the language of the installed translator."""
    return QCoreApplication.translate(CONTEXT, text)


def qgis_language() -> str:
    """Two-letter language QGIS runs in.

    The translation QGIS chose at start-up when there is one (it honours ``--lang``); else, as
    QGIS decides it, ``locale/userLocale`` when ``locale/overrideFlag`` is set and the system
    locale when not, so a user locale left over from an earlier override does not win.
    """
    # QgsApplication.instance(), not QCoreApplication's: in the desktop the latter is wrapped
    # as a plain QApplication, which has no translation().
    app = QgsApplication.instance()
    translation = getattr(app, "translation", None)
    locale = str(translation() or "") if callable(translation) else ""
    if not locale:
        settings = QSettings()
        override = str(settings.value("locale/overrideFlag", False)).lower() in ("true", "1")
        locale = str(settings.value("locale/userLocale", "") or "") if override else ""
    if not locale:
        locale = QLocale.system().name()
    return locale[:2].lower()


def load_translator(language: str) -> QTranslator | None:
    """Install the translator for ``language``; return it (to remove later) or None for English."""
    language = (language or "en")[:2].lower()
    if language == "en" or language not in SUPPORTED_LANGUAGES:
        return None
    translator = QTranslator()
    path = I18N_DIR / f"tbpa_{language}.qm"
    if not translator.load(str(path)):
        LOG.warning("%s: no compiled translation (run 'make translations'); messages stay "
                    "in English", path)
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


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` written as readers of the current language write numbers.

    English 67,354.5; Russian and Kazakh 67 354,5 (a comma "1.9 km" would mislead them).
    """
    return QLocale(current_language()).toString(float(value), "f", decimals)


def remove_translator(translator: QTranslator | None) -> None:
    """Undo :func:`load_translator`."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
        _INSTALLED[:] = [(t, lang) for t, lang in _INSTALLED if t is not translator]

