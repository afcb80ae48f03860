"""The rules that turn spec text into identifiers per target language.

Every name a target prints comes from here: words are split the same way for every language,
non-ASCII text is transliterated where possible, reserved words and shadowed builtins get a
suffix, and collisions inside one scope are settled deterministically in spec order.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from functools import lru_cache

# Digits stay with the word they follow (oauth2, int64, v1); a run of capitals before a
# capitalised word is its own word (HTTPServer -> HTTP Server).
_WORD_BOUNDARY = re.compile(r"[A-Z]+[0-9]*(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*")

PYTHON_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
# Module-level names the generated Python code relies on, besides builtins.
PYTHON_MODULE_RESERVED = (
    frozenset(n for n in dir(builtins) if not n.startswith("_"))
    | PYTHON_RESERVED
    | frozenset(
        {
            "Any", "Literal", "Optional", "Union", "TypedDict", "NotRequired", "Required", "Mapping",
            "Sequence", "Dict", "List", "Annotated", "dataclass", "field", "date", "datetime",
            "NotGiven", "NOT_GIVEN", "Omit", "BaseModel", "Model", "APIError", "Client",
        }
    )
)
# Keyword arguments every generated Python method has; an API argument must not take them.
PY_METHOD_RESERVED = frozenset({"self", "timeout", "extra_headers", "extra_query", "extra_body", "max_retries", "idempotency_key"})
# Client options every SDK already has; a credential must not take their names.
CLIENT_OPTIONS_RESERVED = frozenset(
    {"baseURL", "baseUrl", "base_url", "environment", "timeout", "maxRetries", "max_retries", "fetch",
     "defaultHeaders", "default_headers", "http_client", "httpClient", "defaultQuery", "default_query"}
)
TS_RESERVED = frozenset(
    """break case catch class const continue debugger default delete do else enum export extends
    false finally for function if import in instanceof new null return super switch this throw true
    try typeof var void while with as implements interface let package private protected public
    static yield any boolean number string symbol type from of await async declare namespace module
    never unknown object undefined keyof readonly infer is asserts abstract constructor get set
    require global bigint arguments eval""".split()
)
# Global names a generated type must not shadow.
TS_GLOBAL_TYPES = frozenset(
    """Array ArrayBuffer Blob Boolean Date Error File FormData Function Headers JSON Map Math Number
    Object Partial Pick Omit Promise ReadableStream Record Request RequestInit Required Response
    Set String Symbol URL URLSearchParams Uint8Array AbortSignal AbortController Readonly
    Exclude Extract NonNullable ReturnType Awaited Iterable BigInt RegExp Buffer Body
    APIError Client ClientOptions RequestOptions""".split()
)


def ascii_fold(text: str) -> str:
    """Transliterate what has an ASCII form (café -> cafe); drop the rest."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def split_words(text: str) -> list[str]:
    """fooBar_baz-2Qux -> [foo, Bar, baz, 2, Qux]; HTTPServer -> [HTTP, Server]."""
    return list(_words(text))


# The same names come back again and again (a property name in every schema that has it):
# each text is split and cased once per process.
@lru_cache(maxsize=1 << 16)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD_BOUNDARY.findall(ascii_fold(text)))


@lru_cache(maxsize=1 << 16)
def pascal_case(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in _words(text))


@lru_cache(maxsize=1 << 16)
def snake_case(text: str) -> str:
    return "_".join(w.lower() for w in _words(text))


def camel_case(text: str) -> str:
    p = pascal_case(text)
    words = split_words(text)
    if words and words[0].isupper() and len(words[0]) > 1:
        # URLValue -> urlValue
        first = words[0].lower()
        return first + p[len(words[0]) :]
    return p[:1].lower() + p[1:]


def screaming_snake_case(text: str) -> str:
    return snake_case(text).upper()


def ts_method_name(operation_id: str) -> str:
    """The seed's rule: operationId lowercased with non-alphanumerics removed (identityrefresh)."""
    return "".join(ch for ch in ascii_fold(operation_id).lower() if ch.isalnum())


def _leading_digit(name: str, prefix: str) -> str:
    return prefix + name if name[:1].isdigit() else name


def python_identifier(text: str, fallback: str = "value") -> str:
    """snake_case, never a keyword, never starting with a digit."""
    name = snake_case(text) or fallback
    name = _leading_digit(name, "n_")
    if name in PYTHON_RESERVED or keyword.iskeyword(name):
        name += "_"
    return name


def python_class_name(text: str, fallback: str = "Model") -> str:
    name = pascal_case(text) or fallback
    name = _leading_digit(name, "Model")
    if name in PYTHON_MODULE_RESERVED:
        name += "Model"
    return name


def ts_type_name(text: str, fallback: str = "Model") -> str:
    name = pascal_case(text) or fallback
    name = _leading_digit(name, "T")
    if name in TS_GLOBAL_TYPES or name.lower() in TS_RESERVED:
        name += "Model"
    return name


def ts_identifier(text: str, fallback: str = "value") -> str:
    """camelCase identifier for options and locals."""
    name = camel_case(text) or fallback
    name = _leading_digit(name, "_")
    if name in TS_RESERVED:
        name += "_"
    return name


def is_ts_identifier(name: str) -> bool:
    return re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", name) is not None


class Scope:
    """Unique names within one scope, settled in the order they are asked for."""

    def __init__(self, taken: frozenset[str] | set[str] = frozenset(), fold_case: bool = False) -> None:
        self._fold = fold_case
        self._taken: set[str] = {self._key(n) for n in taken}

    def _key(self, name: str) -> str:
        return name.lower() if self._fold else name

    def reserve(self, name: str) -> None:
        self._taken.add(self._key(name))

    def __contains__(self, name: str) -> bool:
        return self._key(name) in self._taken

    def allocate(self, name: str, separator: str = "") -> str:
        candidate = name
        n = 2
        while self._key(candidate) in self._taken:
            candidate = f"{name}{separator}{n}"
            n += 1
        self._taken.add(self._key(candidate))
        return candidate
