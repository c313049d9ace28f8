"""The one root of the plugin's refusals, and the few kinds every layer shares.

Every exception class the plugin defines derives from :class:`TbpaError`: a registry that cannot
be opened, a record or a package refused, a style, a project or a map that cannot be written, a
cancelled task. Its message is written for the user (translated) and says what to do. Each
boundary catches this one class and turns it into a message: the command line
(:mod:`plugin.cli`, one line), the Processing algorithms (``QgsProcessingException``) and the
GUI actions (the message bar or the dock). Anything else (a bare ``ValueError``, ``KeyError``,
``TypeError``) is a programming error: it is not shown as a refusal but goes on as an error
(the command line's "unexpected error" line, a traceback with ``--debug``; QGIS's Python error
dialog or Processing log).

A refusal that code inside the plugin already catches as ``ValueError`` or ``OSError`` keeps that
base as well (:class:`InvalidValueError`, :class:`OutputError`, :class:`LayerError`).

This module imports nothing from the plugin, so every layer may import it.
"""

from __future__ import annotations


class TbpaError(Exception):
    """A refusal of the plugin: the message is for the user, this is not a bug."""


class InvalidValueError(TbpaError, ValueError):
    """A value the user gave (a parameter, an option, a coordinate) is refused; says why."""


class OutputError(TbpaError, OSError):
    """A file the plugin writes cannot be written (no permission, disk full); names the file."""


class LayerError(TbpaError, ValueError):
    """A layer of the registry cannot be opened, or the project lacks it; names the layer."""
