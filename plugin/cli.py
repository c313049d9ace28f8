"""Command line on the same code as the plugin: ``python -m plugin SUBCOMMAND ...``.

Each capability adds its subcommands through a ``register(subparsers)`` function in its own
``commands`` module (listed in :data:`COMMAND_MODULES`); a subcommand's function takes the parsed
arguments and returns the exit status. Errors print one line (no traceback unless ``--debug``)
and exit with 1 (the work failed) or 2 (the command was wrong): a refusal of the plugin
(:class:`~plugin.errors.TbpaError`) or of the system (``OSError``) as ``error: ...``, anything
else (a bug) as ``error: unexpected ...`` with a hint to run again with ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from .errors import TbpaError

COMMAND_MODULES = (
    "demo_commands",
    "registry.commands",
    "registry.transfer_commands",
    "analysis.commands",
    "exchange.commands",
    "reintroduction.commands",
)


class UsageError(TbpaError):
    """The command line itself is wrong (exit status 2)."""


def _language(argv: Sequence[str]) -> str:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value[:2]
    return "en"


def build_parser() -> argparse.ArgumentParser:
    """The parser with every capability's subcommands."""
    from .i18n import tr

    parser = argparse.ArgumentParser(
        prog="python -m plugin",
        description=tr("TBPA Registry: transboundary protected-area networks of Kazakhstan and "
                       "the Central Asian range states."),
    )
    parser.add_argument("--debug", action="store_true", help=tr("show tracebacks"))
    parser.add_argument("--lang", choices=("en", "ru", "kk"),
                        help=tr("language of messages (default: from LANG)"))
    subparsers = parser.add_subparsers(dest="command", metavar=tr("COMMAND"), required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f".{name}", __package__).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    from .qgis_runtime import ensure_qgis_app

    ensure_qgis_app()
    from .argparse_translation import translate_argparse
    from .i18n import load_translator, tr

    translator = load_translator(_language(argv))  # noqa: F841 (kept installed while we run)
    translate_argparse()  # usage, options and parse errors in the same language
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except UsageError as error:
        if args.debug:
            raise
        print(tr("error: {message}").format(message=error), file=sys.stderr)
        return 2
    except TbpaError as error:  # a refusal of the plugin: its message says what to do
        if args.debug:
            raise
        print(tr("error: {message}").format(message=error), file=sys.stderr)
        return 1
    except OSError as error:  # the system refused (a file missing, no permission): not a bug
        if args.debug:
            raise
        print(tr("error: {message}").format(message=error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(tr("interrupted"), file=sys.stderr)
        return 130
    except Exception as error:  # the promise: one line, never a traceback
        if args.debug:
            raise
        print(tr("error: unexpected {kind}: {message} (run again with --debug for the "
                 "details)").format(kind=type(error).__name__, message=error), file=sys.stderr)
        return 1
