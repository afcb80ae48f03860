"""src/types.ts and src/client.ts kept between runs under digests of what they read
(model/digests.py): each file as its frame and its groups of declarations (or methods)
(render_memo.kept_framed), each group whole with its declarations inside it
(render_memo.together). An unchanged file is a look-up per group, not one per declaration, and an
edit makes again the declarations it changed and their groups, from the other texts found where
the last run kept them, and writes only those again. No view is made for a text that is found."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from ...context import ApiContext
from ...model import NamedSchema, Operation
from ...render import kept_framed_file, rendered_now, template_macro
from ...render_memo import Piece, together_made
from .client import ClientView, Method
from .declarations import operation_declarations, schema_declaration
from .typeexpr import TypeWriter

_DECLARATION = "typescript/src/_declaration.ts.j2"
_METHOD = "typescript/src/_method.ts.j2"
_BLOCKS = "typescript/src/_blocks.ts.j2"
# Texts in a group, on average: every run looks up each group, and an edit each text of the groups
# it changed; about the square root of the 2,600 declarations of a large API.
GROUP_SIZE = 40


def in_groups(names: Sequence[str], made_from: Sequence[tuple[Any, ...]], piece: Callable[[int], Piece]) -> list[Piece]:
    """The texts named `names`, each made from its `made_from` (piece(i) is the i-th one's Piece),
    in groups kept together, each text's Piece made only where its group is not found. A group
    ends after a text whose name's checksum is a multiple of GROUP_SIZE, so that a text added or
    taken out changes its own group only, not where every later group starts."""
    groups: list[Piece] = []
    start = 0
    for end, name in enumerate(names, 1):
        if end == len(names) or zlib.crc32(name.encode("utf-8")) % GROUP_SIZE == 0:
            groups.append(together_made(("ts group",), made_from[start:end], partial(_pieces, piece, start, end), _blocks))
            start = end
    return groups


def _pieces(piece: Callable[[int], Piece], start: int, end: int) -> list[Piece]:
    return [piece(i) for i in range(start, end)]


def _blocks(texts: list[str]) -> str:
    return str(template_macro(_BLOCKS, "blocks")(texts))


def types_file(context: ApiContext, writer: TypeWriter) -> bytes:
    """src/types.ts: each schema's declaration, found under the digest of the schema and every
    schema it reaches, then each operation's, under the operation's."""
    api, outline, digests = context.api, context.outline, context.digests
    schemas, operations = api.schemas, api.operations
    made_from = [("ts schema", outline, digests.schema(s.key)) for s in schemas]
    made_from += [("ts operation", outline, context.made_from(op)) for op in operations]

    def declaration(i: int) -> Piece:
        if i < len(schemas):
            return Piece(made_from[i], partial(_schema_text, schemas[i], writer))
        return Piece(made_from[i], partial(_operation_text, context, operations[i - len(schemas)], writer))

    names = [s.key for s in schemas] + [op.id for op in operations]
    return kept_framed_file(("ts types", api.title), in_groups(names, made_from, declaration),
                            lambda groups: rendered_now("typescript/src/types.ts.j2", title=api.title, groups=groups))


def _declaration(view: object) -> str:  # Jinja is loaded only when a declaration is made
    return str(template_macro(_DECLARATION, "declaration")(view))


def _schema_text(schema: NamedSchema, writer: TypeWriter) -> str:
    return _declaration(schema_declaration(schema, writer))


def _operation_text(context: ApiContext, op: Operation, writer: TypeWriter) -> str:
    return "\n".join(_declaration(d) for d in operation_declarations(context.api, op, writer))


def client_file(context: ApiContext, method: Callable[[Operation], Method], has_webhooks: bool,
                view: Callable[[tuple[str, ...]], ClientView]) -> bytes:
    """src/client.ts: each operation's method found under the operation's digest, in the view
    `view` makes around them (from the Api's outline and the options, and `has_webhooks`)."""
    operations = context.api.operations
    made_from = [("ts method", context.outline, context.made_from(op)) for op in operations]

    def method_piece(i: int) -> Piece:
        return Piece(made_from[i], partial(_method_text, method, operations[i]))

    return kept_framed_file(("ts client", context.outline, has_webhooks), in_groups([op.id for op in operations], made_from, method_piece),
                            lambda groups: rendered_now("typescript/src/client.ts.j2", c=view(tuple(groups))))


def _method_text(method: Callable[[Operation], Method], op: Operation) -> str:
    return str(template_macro(_METHOD, "method")(method(op)))
