"""The registry's refusals, below every other module of the registry.

The connection-string parser, the common interface and both stores raise them, so they live
apart from all of these (no import cycle between them). Callers may also import them from
:mod:`.backend` or :mod:`.store`, as before.
"""

from __future__ import annotations

from ..errors import TbpaError


class RegistryError(TbpaError):
    """A registry cannot be opened, read or written; the message is for the user."""


class RegistryLockedError(RegistryError):
    """Another program holds the registry's write lock for longer than the busy timeout."""
