"""``python -m plugin``: the command line of TBPA Registry."""

import sys

from .cli import main

sys.exit(main())
