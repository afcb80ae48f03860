"""Identifiers per target language.

`words` holds the rules (how text becomes a TypeScript or Python identifier, reserved words, one
Scope per namespace settling collisions in spec order); the model applies them to what it declares
(operations, parameters, schemas, properties, credentials). `identifiers` is the naming pass run once
per API after that: every further name a target emits (the default client, TypeScript Params and
ErrorBody types, Python TypedDicts, the whole-body argument), with its collisions settled in one place.
Targets and snippets only read names.
"""

from .words import (
    CLIENT_OPTIONS_RESERVED,
    PY_METHOD_RESERVED,
    PYTHON_MODULE_RESERVED,
    PYTHON_RESERVED,
    TS_GLOBAL_TYPES,
    TS_RESERVED,
    Scope,
    ascii_fold,
    camel_case,
    is_ts_identifier,
    pascal_case,
    python_class_name,
    python_identifier,
    screaming_snake_case,
    snake_case,
    split_words,
    ts_identifier,
    ts_method_name,
    ts_type_name,
)

__all__ = [
    "CLIENT_OPTIONS_RESERVED", "PY_METHOD_RESERVED", "PYTHON_MODULE_RESERVED", "PYTHON_RESERVED", "TS_GLOBAL_TYPES", "TS_RESERVED", "Scope", "ascii_fold",
    "camel_case", "is_ts_identifier", "pascal_case", "python_class_name", "python_identifier",
    "screaming_snake_case", "snake_case", "split_words", "ts_identifier", "ts_method_name", "ts_type_name",
]
