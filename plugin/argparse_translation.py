"""Python's own command-line texts (usage, option headings, parse errors) in the user's language.

:mod:`argparse` takes these texts from :mod:`gettext`, and Python ships no Russian or Kazakh
catalogue for them, so ``python -m plugin --lang ru --help`` would still say "usage:" and
"options". :func:`translate_argparse` routes them through the plugin's Qt translator instead,
under the context "argparse"; the texts are listed here so that ``pylupdate5`` puts them in the
``.ts`` files. A text Python adds in a later version simply stays in English.
"""

from __future__ import annotations

import argparse

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "argparse"

#: The texts a user can meet (Python 3.10 to 3.13), exactly as argparse writes them.
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _translate(message: str) -> str:
    return QCoreApplication.translate(CONTEXT, message)


def translate_argparse() -> None:
    """Make argparse ask the installed Qt translator (call before building the parser)."""
    argparse._ = _translate
