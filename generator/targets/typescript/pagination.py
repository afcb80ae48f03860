"""A paginated method's page type and the `Pagination` literal its page reads
(templates/typescript/runtime/src/core/pagination.ts): both from the model's Pagination."""

from __future__ import annotations

from typing import Any

from ...model import Api, Operation
from ...model.pagination import Pagination
from .typeexpr import TypeWriter


def pagination_data(api: Api, op: Operation, pagination: Pagination) -> dict[str, Any]:
    """The literal the runtime reads; a request field is named by the argument's key."""
    data: dict[str, Any] = {"kind": pagination.kind}
    if pagination.items:
        data["items"] = list(pagination.items)
    if pagination.request is not None:
        data["request"] = {"in": pagination.request.location, "key": argument_key(op, pagination.request.location, pagination.request.name)}
    if pagination.next:
        data["next"] = list(pagination.next)
    if pagination.next_header:
        data["nextHeader"] = pagination.next_header
    if pagination.has_more:
        data["hasMore"] = list(pagination.has_more)
    if pagination.last_item:
        data["lastItem"] = pagination.last_item
    if pagination.total:
        data["total"] = list(pagination.total)
    if pagination.first_page != 1:
        data["firstPage"] = pagination.first_page
    return data


def argument_key(op: Operation, location: str, wire: str) -> str:
    if location == "query":
        return next(p.names.ts for p in op.parameters if p.location == "query" and p.name == wire)
    body = op.request_body
    assert body is not None
    return next(f.names.ts for f in body.fields if f.property.name == wire)


def page_class(pagination: Pagination, namespace: str = "core.") -> str:
    return namespace + ("DataPage" if pagination.items_name == "data" else "Page")


def page_type(pagination: Pagination, writer: TypeWriter, response: str) -> str:
    """`core.Page<Item, Response>` (DataPage where the items are `data`)."""
    return f"{page_class(pagination)}<{writer.expr(pagination.item_type)}, {response}>"
