"""The ``demo`` subcommand: the demo registry and every output the plugin makes (``make demo``).

It sits above every capability (it runs each one's demo step), so it is registered on its own
rather than by the registry's commands.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .i18n import tr


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``demo``."""
    demo = subparsers.add_parser("demo", help=tr("build the demo registry and its outputs"))
    demo.add_argument("--output", type=Path, required=True, help=tr("output folder"))
    demo.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    """Build the demo registry and run every demo step of the plugin on it."""
    from .demo import run_demo_steps

    for line in run_demo_steps(args.output):
        print(line)
    return 0
