"""Python logging of the plugin shown in QGIS's Log Messages panel, under "TBPA Registry"."""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..i18n import tr

#: Tab of the Log Messages panel, in the user's language (tr(TAG)).
TAG = QT_TRANSLATE_NOOP("@default", "TBPA Registry")

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.DEBUG - 1, Qgis.MessageLevel.Info),
)


class QgisLogHandler(logging.Handler):
    """Sends records to ``QgsMessageLog`` (thread-safe: QGIS queues messages from tasks)."""

    def emit(self, record: logging.LogRecord) -> None:
        """Write one record to the panel."""
        try:
            level = next(qgis_level for threshold, qgis_level in _LEVELS
                         if record.levelno >= threshold)
            QgsMessageLog.logMessage(self.format(record), tr(TAG), level)
        except Exception:  # noqa: BLE001 (logging must never raise into the caller)
            self.handleError(record)


def install_log_handler(logger_name: str) -> QgisLogHandler:
    """Route ``logger_name`` (the plugin's package) to the panel; return the handler to remove."""
    handler = QgisLogHandler(level=logging.INFO)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    return handler


def remove_log_handler(logger_name: str, handler: QgisLogHandler | None) -> None:
    """Undo :func:`install_log_handler`."""
    if handler is not None:
        logging.getLogger(logger_name).removeHandler(handler)
