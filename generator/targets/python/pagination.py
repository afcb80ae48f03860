"""A paginated method's page type and the `_Pagination(...)` constant its page reads
(templates/python/runtime/_pagination.py): both from the model's Pagination."""

from __future__ import annotations

from ...literals import py_string
from ...model.pagination import Pagination
from ...format import LINE_LENGTH
from .annotations import Annotator, Refs, decoder_literal
from .layout import collection, returns_line
from .views import PageView


def _strings(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(py_string(v) for v in values) + ("," if len(values) == 1 else "") + ")"


def pagination_source(constant: str, pagination: Pagination, item_decoder: object) -> str:
    """`CONSTANT = _Pagination(kind=..., ...)` as black writes it, the fields at their defaults left out."""
    fields = [f"kind={py_string(pagination.kind)}"]
    if pagination.items:
        fields.append(f"items={_strings(pagination.items)}")
    if item_decoder is not None:
        fields.append(f"item_decoder={decoder_literal(item_decoder)}")
    if pagination.request is not None:
        fields.append(f"request={_strings((pagination.request.location, pagination.request.name))}")
    if pagination.next:
        fields.append(f"next={_strings(pagination.next)}")
    if pagination.next_header:
        fields.append(f"next_header={py_string(pagination.next_header)}")
    if pagination.has_more:
        fields.append(f"has_more={_strings(pagination.has_more)}")
    if pagination.last_item:
        fields.append(f"last_item={py_string(pagination.last_item)}")
    if pagination.total:
        fields.append(f"total={_strings(pagination.total)}")
    if pagination.first_page != 1:
        fields.append(f"first_page={pagination.first_page}")
    opening = f"{constant} = _Pagination("
    inline = "    " + ", ".join(fields)
    if len(opening) + len(inline) - 4 + 1 > LINE_LENGTH and len(inline) <= LINE_LENGTH:
        return f"{opening}\n{inline}\n)"  # black's first try: the arguments on a line of their own
    return collection(opening, fields, ")", indent=0)


def page_view(pagination: Pagination, annotator: Annotator, refs: Refs, response: str, constant: str) -> PageView:
    item = annotator.out(pagination.item_type, refs)
    data = pagination.items_name == "data"
    sync_class = "_SyncDataPage" if data else "_SyncPage"
    async_class = "_AsyncDataPage" if data else "_AsyncPage"
    sync_returns = f"{sync_class}[{item}, {response}]"
    public = f"{sync_class[1:]}[{item}, {response}]"
    async_returns = f"_AsyncPaginator[{item}, {async_class}[{item}, {response}]]"
    return PageView(
        constant=constant,
        source=pagination_source(constant, pagination, annotator.decoder(pagination.item_type)),
        sync_class=sync_class,
        async_class=async_class,
        sync_returns=sync_returns,
        async_returns=async_returns,
        sync_returns_literal=py_string(sync_returns),
        async_returns_literal=py_string(async_returns),
        sync_signature_returns=returns_line(sync_returns, indent=4),
        async_signature_returns=returns_line(async_returns, indent=4),
        item=item,
        public_returns=public,
        sync_call=f"{sync_class}.first_page",
        async_call=f"{async_class}.paginate",
        kind=pagination.kind,
    )
