"""A PostgreSQL location parsed once: :class:`PgConnection`.

A shared registry is named by a libpq keyword/value string (``service=tbpa schema=field``,
``host=db user=kaz password='my secret'``) or a ``postgresql://`` URI (percent-encoded, e.g.
``postgresql://kaz:p%40ss@db/tbpa?schema=field``). Both are parsed here, the way libpq parses
them (quotes, backslashes, spaces around ``=``, percent-encoding), into one value that every part
of the plugin uses: the store connects with :meth:`PgConnection.libpq_dsn` (always keyword/value,
so libpq never echoes a URI in an error), messages, logs, settings and project files use
:attr:`PgConnection.display`, which never holds a password. Two keywords are the plugin's own and
never reach libpq: ``schema`` (the registry schema, ``tbpa`` by default) and ``authcfg`` (a QGIS
authentication configuration, see :mod:`.pg_credentials`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import quote, unquote

from ..i18n import tr
from .errors import RegistryError

DEFAULT_SCHEMA = "tbpa"
URI_SCHEMES = ("postgresql://", "postgres://")
#: Keywords the plugin reads itself; libpq is never given them.
PLUGIN_KEYWORDS = ("schema", "authcfg")
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class ConnectionStringError(RegistryError):
    """A connection string libpq would not understand; the message never quotes a value."""


def _decode(text: str, part: str) -> str:
    """Percent-decode one part of a URI, strictly (as libpq does), without echoing it."""
    if _PERCENT.search(text):
        raise ConnectionStringError(tr(
            "the PostgreSQL URI has an invalid percent-encoded character in its {part} "
            "(write % itself as %25)").format(part=part))
    try:
        return unquote(text, errors="strict")
    except UnicodeDecodeError:
        raise ConnectionStringError(tr(
            "the PostgreSQL URI has an invalid percent-encoded character in its {part} "
            "(write % itself as %25)").format(part=part)) from None


def _quote_value(value: str) -> str:
    """A value as libpq's keyword/value syntax reads it back."""
    if value and not re.search(r"[\s'\\]", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _parse_keywords(text: str) -> list[tuple[str, str]]:
    """``key = value`` pairs of a libpq keyword/value string (quotes and backslashes)."""
    pairs: list[tuple[str, str]] = []
    index, length = 0, len(text)
    while True:
        while index < length and text[index].isspace():
            index += 1
        if index >= length:
            return pairs
        start = index
        while index < length and not text[index].isspace() and text[index] != "=":
            index += 1
        key = text[start:index]
        while index < length and text[index].isspace():
            index += 1
        if not key or index >= length or text[index] != "=":
            raise ConnectionStringError(tr(
                "the PostgreSQL connection is not a list of keyword=value pairs (near "
                "'{key}')").format(key=key[:40]))
        index += 1
        while index < length and text[index].isspace():
            index += 1
        value: list[str] = []
        if index < length and text[index] == "'":
            index += 1
            while True:
                if index >= length:
                    raise ConnectionStringError(tr(
                        "the value of '{key}' in the PostgreSQL connection has no closing "
                        "quote").format(key=key))
                char = text[index]
                if char == "\\" and index + 1 < length:
                    value.append(text[index + 1])
                    index += 2
                elif char == "'":
                    index += 1
                    break
                else:
                    value.append(char)
                    index += 1
        else:
            while index < length and not text[index].isspace():
                if text[index] == "\\" and index + 1 < length:
                    index += 1
                value.append(text[index])
                index += 1
        pairs.append((key, "".join(value)))


def _split_hostspec(hostspec: str) -> tuple[str, str]:
    """(hosts, ports) of a URI's ``host[:port][,host[:port]…]``, comma-separated as libpq's."""
    hosts, ports = [], []
    for item in hostspec.split(","):
        host, port = item, ""
        if item.startswith("["):
            end = item.find("]")
            host, rest = item[1:end], item[end + 1:]
            port = rest[1:] if rest.startswith(":") else ""
        elif ":" in item:
            host, port = item.rsplit(":", 1)
        hosts.append(_decode(host, tr("host")))
        ports.append(_decode(port, tr("port")))
    return ",".join(hosts), ",".join(ports) if any(ports) else ""


def _parse_uri(text: str) -> tuple[list[tuple[str, str]], str]:
    """(pairs, text without the password) of a ``postgresql://`` URI."""
    scheme, rest = text.split("://", 1)
    rest, _, query = rest.partition("?")
    authority, slash, path = rest.partition("/")
    # The password may hold '@' (libpq reads the userinfo up to the last one).
    userinfo, at, hostspec = authority.rpartition("@")
    pairs: list[tuple[str, str]] = []
    shown = f"{scheme}://"
    if at:
        user, colon, password = userinfo.partition(":")
        if user:
            pairs.append(("user", _decode(user, tr("user name"))))
        if colon:
            pairs.append(("password", _decode(password, tr("password"))))
        shown += f"{user}@" if user else ""
    hosts, ports = _split_hostspec(hostspec) if hostspec else ("", "")
    if hosts:
        pairs.append(("host", hosts))
    if ports:
        pairs.append(("port", ports))
    shown += hostspec
    if path:
        pairs.append(("dbname", _decode(path, tr("database name"))))
    shown += f"{slash}{path}"
    kept = []
    for item in query.split("&") if query else []:
        key, equals, value = item.partition("=")
        if not equals:
            raise ConnectionStringError(tr(
                "the PostgreSQL URI has a parameter without a value (near '{key}')").format(
                key=_decode(key, tr("parameters"))[:40]))
        key = _decode(key, tr("parameters"))
        pairs.append((key, _decode(value, key if key != "password" else tr("password"))))
        if key != "password":
            kept.append(item)
    if kept:
        shown += "?" + "&".join(kept)
    return pairs, shown


@dataclass(frozen=True)
class PgConnection:
    """A parsed PostgreSQL location; its text forms never show the password."""

    pairs: tuple[tuple[str, str], ...]
    #: The location as given, without the password (reopens the same registry).
    display: str

    @classmethod
    def parse(cls, location: object) -> PgConnection:
        """Parse a ``postgresql://`` URI or a libpq keyword/value string.

        Raises ConnectionStringError (malformed; the message quotes no value) and RegistryError
        (an unusable schema name).
        """
        text = str(location).strip()
        if text.startswith(URI_SCHEMES):
            pairs, display = _parse_uri(text)
        else:
            pairs = _parse_keywords(text)
            display = " ".join(f"{key}={_quote_value(value)}" for key, value in pairs
                               if key != "password")
        connection = cls(tuple(pairs), display)
        if not _SCHEMA_NAME.fullmatch(connection.schema):
            raise RegistryError(tr("'{schema}' is not a usable schema name (lower-case "
                                   "letters, digits and '_')").format(
                schema=connection.schema))
        return connection

    def get(self, key: str, default: str = "") -> str:
        """The last value given for ``key`` (libpq takes the last one too)."""
        found = default
        for name, value in self.pairs:
            if name == key:
                found = value
        return found

    @property
    def schema(self) -> str:
        """The registry schema (``schema=NAME``; ``tbpa`` when not given)."""
        return self.get("schema", DEFAULT_SCHEMA) or DEFAULT_SCHEMA

    @property
    def authcfg(self) -> str:
        """The QGIS authentication configuration id, or ``""``."""
        return self.get("authcfg")

    @property
    def password(self) -> str:
        """The password given in the location, or ``""``."""
        return self.get("password")

    @property
    def has_password(self) -> bool:
        """True when the location holds a password (which is never stored nor shown)."""
        return any(key == "password" for key, _ in self.pairs)

    def with_pairs(self, extra: list[tuple[str, str]], *, drop: tuple[str, ...] = ()
                   ) -> PgConnection:
        """A copy with ``drop`` keywords removed and ``extra`` pairs added (display unchanged)."""
        kept = tuple((k, v) for k, v in self.pairs if k not in drop)
        return replace(self, pairs=kept + tuple(extra))

    def libpq_dsn(self) -> str:
        """The keyword/value string libpq connects with (password included, plugin keys not)."""
        return " ".join(f"{key}={_quote_value(value)}" for key, value in self.pairs
                        if key not in PLUGIN_KEYWORDS)

    def scrub(self, text: str) -> str:
        """``text`` (an error of libpq, say) with the password and its encodings masked."""
        password = self.password
        if password:
            for form in {password, quote(password, safe=""), _quote_value(password)}:
                text = text.replace(form, "***")
        return text

    def __str__(self) -> str:
        return self.display

    def __repr__(self) -> str:
        return f"PgConnection({self.display!r})"


def redact(location: object) -> str:
    """``location`` without any password, for messages, logs, settings and project files.

    Parsed like libpq parses it; a string that does not parse is masked after the first
    ``password`` keyword and in a URI's user part, so a typo never shows a password either.
    """
    try:
        return PgConnection.parse(location).display
    except RegistryError:
        text = str(location)
        text = re.sub(r"(postgres(?:ql)?://[^:/?@]*):[^/?]*@", r"\1@", text)
        return re.sub(r"(?is)(password\s*=).*", r"\1***", text)
