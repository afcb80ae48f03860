"""Operations tagged misc."""

from __future__ import annotations

import typing as _t

from .._base_client import AsyncAPIClient as _AsyncAPIClient
from .._base_client import Endpoint as _Endpoint
from .._base_client import SyncAPIClient as _SyncAPIClient
from .._serialize import Param as _Param
from .._types import NOT_GIVEN as _NOT_GIVEN
from .._types import NotGiven as _NotGiven
from .._types import Timeout as _Timeout

if _t.TYPE_CHECKING:
    # Streams are named in annotations only: the client imports them when a call streams.
    from .._streaming import AsyncStream as _AsyncStream
    from .._streaming import Stream as _Stream

    import datetime as _dt

    from ..models.misc import Conversation, Order, Reply, Shape, Status, TreeNode
    from ..models.unreferenced import ReplyChunk
    from ..types.misc import (
        AssistantMessageParam,
        CircleParam,
        SquareParam,
        ToolMessageParam,
        TreeNodeParam,
        UserMessageParam,
    )
    from .._types import FileTypes as _FileTypes

_SUBMIT_CONTACT_FORM = _Endpoint(
    method="post",
    path="/contact",
    params=(),
    security=((("apiKeyCookie", ()),),),
    body_kind="form",
    content_type="application/x-www-form-urlencoded",
    omit_empty_body=True,
    response_kind="empty",
    response_decoder=None,
)

_CREATE_TREE = _Endpoint(
    method="post",
    path="/trees",
    params=(),
    security=((("bearerAuth", ()),),),
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    response_decoder=("model", "TreeNode"),
)

_PUT_SHAPE = _Endpoint(
    method="put",
    path="/shapes/{shapeId}",
    params=(_Param(name="shapeId", location="path", style="simple", explode=False),),
    security=((("bearerAuth", ()),),),
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    response_decoder=(
        "union",
        (("model", "Circle"), ("model", "Square"), None),
        None,
        (),
    ),
)

_GET_STATUS = _Endpoint(
    method="get",
    path="/status",
    params=(),
    security=(),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=("model", "Status"),
)

_CREATE_CONVERSATION = _Endpoint(
    method="post",
    path="/conversations",
    params=(),
    security=((("bearerAuth", ()),),),
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    response_decoder=("model", "Conversation"),
)

_CREATE_REPLY = _Endpoint(
    method="post",
    path="/conversations/{conversationId}/replies",
    params=(
        _Param(name="conversationId", location="path", style="simple", explode=False),
    ),
    security=((("bearerAuth", ()),),),
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    response_decoder=("model", "Reply"),
    stream_flag="stream",
    event_decoder=("model", "ReplyChunk"),
)

_CREATE_ORDER = _Endpoint(
    method="post",
    path="/orders",
    params=(
        _Param(
            name="Idempotency-Key",
            location="header",
            style="simple",
            explode=False,
        ),
    ),
    security=(),
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    response_decoder=("model", "Order"),
    error_decoders=(
        ("422", ("model", "OrderRefusal")),
        ("default", ("model", "Error")),
    ),
    idempotency_header="Idempotency-Key",
)


class SyncMethods(_SyncAPIClient):

    def submit_contact_form(
        self,
        *,
        email: str,
        message: str,
        subscribe: bool | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> None:
        """Send a message

        `POST /contact`
        """
        return _t.cast(
            "None",
            self._request(
                _SUBMIT_CONTACT_FORM,
                {},
                {
                    "email": email,
                    "message": message,
                    "subscribe": subscribe,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def create_tree(
        self,
        *,
        value: str,
        children: _t.Sequence[TreeNodeParam] | _NotGiven = _NOT_GIVEN,
        parent: TreeNodeParam | None | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> TreeNode:
        """Store a tree

        `POST /trees`
        """
        return _t.cast(
            "TreeNode",
            self._request(
                _CREATE_TREE,
                {},
                {
                    "value": value,
                    "children": children,
                    "parent": parent,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def put_shape(
        self,
        *,
        shape_id: str,
        body: CircleParam | SquareParam | str,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Shape:
        """Store a shape

        `PUT /shapes/{shapeId}`
        """
        return _t.cast(
            "Shape",
            self._request(
                _PUT_SHAPE,
                {
                    "shapeId": shape_id,
                },
                body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def get_status(
        self,
        *,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Status:
        """Service status

        `GET /status`
        """
        return _t.cast(
            "Status",
            self._request(
                _GET_STATUS,
                {},
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def create_conversation(
        self,
        *,
        model: str,
        messages: _t.Sequence[
            UserMessageParam | AssistantMessageParam | ToolMessageParam
        ],
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Conversation:
        """Start a conversation

        `POST /conversations`

        Messages are told apart by `role`; each kind declares its own value.
        """
        return _t.cast(
            "Conversation",
            self._request(
                _CREATE_CONVERSATION,
                {},
                {
                    "model": model,
                    "messages": messages,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    @_t.overload
    def create_reply(
        self,
        *,
        conversation_id: str,
        text: str,
        stream: _t.Literal[True],
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _Stream[ReplyChunk]: ...

    @_t.overload
    def create_reply(
        self,
        *,
        conversation_id: str,
        text: str,
        stream: _t.Literal[False] | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Reply: ...

    @_t.overload
    def create_reply(
        self,
        *,
        conversation_id: str,
        text: str,
        stream: bool | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Reply | _Stream[ReplyChunk]: ...

    def create_reply(
        self,
        *,
        conversation_id: str,
        text: str,
        stream: bool | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Reply | _Stream[ReplyChunk]:
        """Reply in a conversation

        `POST /conversations/{conversationId}/replies`

        The whole reply as JSON, or its pieces as Server-Sent Events when `stream` is
        true.

        Args:
          stream: Send the reply in pieces as they are written.
        """
        return _t.cast(
            "Reply | _Stream[ReplyChunk]",
            self._request(
                _CREATE_REPLY,
                {
                    "conversationId": conversation_id,
                },
                {
                    "text": text,
                    "stream": stream,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def create_order(
        self,
        *,
        item: str,
        header_idempotency_key: str | _NotGiven = _NOT_GIVEN,
        placed_at: _dt.datetime | str | _NotGiven = _NOT_GIVEN,
        receipt: _FileTypes | _NotGiven = _NOT_GIVEN,
        constructor: str | _NotGiven = _NOT_GIVEN,
        to_string: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Order:
        """Place an order

        `POST /orders`

        Declares an `Idempotency-Key` header, so the SDKs send a key on every call
        (the same one on each retry). The body has a timestamp, a file sent inside
        JSON (base64) and keys named like JavaScript's own properties.

        Args:
          header_idempotency_key: Makes a retried order count once.
          receipt: A scanned receipt, sent base64-encoded inside the JSON body.
        """
        return _t.cast(
            "Order",
            self._request(
                _CREATE_ORDER,
                {
                    "Idempotency-Key": header_idempotency_key,
                },
                {
                    "item": item,
                    "placed_at": placed_at,
                    "receipt": receipt,
                    "constructor": constructor,
                    "toString": to_string,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )


class AsyncMethods(_AsyncAPIClient):

    async def submit_contact_form(
        self,
        *,
        email: str,
        message: str,
        subscribe: bool | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> None:
        """Send a message

        `POST /contact`
        """
        return _t.cast(
            "None",
            await self._request(
                _SUBMIT_CONTACT_FORM,
                {},
                {
                    "email": email,
                    "message": message,
                    "subscribe": subscribe,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def create_tree(
        self,
        *,
        value: str,
        children: _t.Sequence[TreeNodeParam] | _NotGiven = _NOT_GIVEN,
        parent: TreeNodeParam | None | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> TreeNode:
        """Store a tree

        `POST /trees`
        """
        return _t.cast(
            "TreeNode",
            await self._request(
                _CREATE_TREE,
                {},
                {
                    "value": value,
                    "children": children,
                    "parent": parent,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def put_shape(
        self,
        *,
        shape_id: str,
        body: CircleParam | SquareParam | str,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Shape:
        """Store a shape

        `PUT /shapes/{shapeId}`
        """
        return _t.cast(
            "Shape",
            await self._request(
                _PUT_SHAPE,
                {
                    "shapeId": shape_id,
                },
                body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def get_status(
        self,
        *,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Status:
        """Service status

        `GET /status`
        """
        return _t.cast(
            "Status",
            await self._request(
                _GET_STATUS,
                {},
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def create_conversation(
        self,
        *,
        model: str,
        messages: _t.Sequence[
            UserMessageParam | AssistantMessageParam | ToolMessageParam
        ],
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Conversation:
        """Start a conversation

        `POST /conversations`

        Messages are told apart by `role`; each kind declares its own value.
        """
        return _t.cast(
            "Conversation",
            await self._request(
                _CREATE_CONVERSATION,
                {},
                {
                    "model": model,
                    "messages": messages,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    @_t.overload
    async def create_reply(
        self,
        *,
        conversation_id: str,
        text: str,
        stream: _t.Literal[True],
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncStream[ReplyChunk]: ...

    @_t.overload
    async def create_reply(
        self,
        *,
        conversation_id: str,
        text: str,
        stream: _t.Literal[False] | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Reply: ...

    @_t.overload
    async def create_reply(
        self,
        *,
        conversation_id: str,
        text: str,
        stream: bool | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Reply | _AsyncStream[ReplyChunk]: ...

    async def create_reply(
        self,
        *,
        conversation_id: str,
        text: str,
        stream: bool | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Reply | _AsyncStream[ReplyChunk]:
        """Reply in a conversation

        `POST /conversations/{conversationId}/replies`

        The whole reply as JSON, or its pieces as Server-Sent Events when `stream` is
        true.

        Args:
          stream: Send the reply in pieces as they are written.
        """
        return _t.cast(
            "Reply | _AsyncStream[ReplyChunk]",
            await self._request(
                _CREATE_REPLY,
                {
                    "conversationId": conversation_id,
                },
                {
                    "text": text,
                    "stream": stream,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def create_order(
        self,
        *,
        item: str,
        header_idempotency_key: str | _NotGiven = _NOT_GIVEN,
        placed_at: _dt.datetime | str | _NotGiven = _NOT_GIVEN,
        receipt: _FileTypes | _NotGiven = _NOT_GIVEN,
        constructor: str | _NotGiven = _NOT_GIVEN,
        to_string: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Order:
        """Place an order

        `POST /orders`

        Declares an `Idempotency-Key` header, so the SDKs send a key on every call
        (the same one on each retry). The body has a timestamp, a file sent inside
        JSON (base64) and keys named like JavaScript's own properties.

        Args:
          header_idempotency_key: Makes a retried order count once.
          receipt: A scanned receipt, sent base64-encoded inside the JSON body.
        """
        return _t.cast(
            "Order",
            await self._request(
                _CREATE_ORDER,
                {
                    "Idempotency-Key": header_idempotency_key,
                },
                {
                    "item": item,
                    "placed_at": placed_at,
                    "receipt": receipt,
                    "constructor": constructor,
                    "toString": to_string,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )


if _t.TYPE_CHECKING:
    # What `client.with_raw_response` and `client.with_streaming_response` offer, as the type
    # checker sees it (at run time the client wraps its own methods).
    from .._response import AsyncRawMethod as _AsyncRawMethod
    from .._response import AsyncStreamedMethod as _AsyncStreamedMethod
    from .._response import RawMethod as _RawMethod
    from .._response import StreamedMethod as _StreamedMethod

    class SyncRawMethods:
        submit_contact_form = _RawMethod(SyncMethods.submit_contact_form)
        create_tree = _RawMethod(SyncMethods.create_tree)
        put_shape = _RawMethod(SyncMethods.put_shape)
        get_status = _RawMethod(SyncMethods.get_status)
        create_conversation = _RawMethod(SyncMethods.create_conversation)
        create_reply = _RawMethod(SyncMethods.create_reply)
        create_order = _RawMethod(SyncMethods.create_order)

    class SyncStreamedMethods:
        submit_contact_form = _StreamedMethod(SyncMethods.submit_contact_form)
        create_tree = _StreamedMethod(SyncMethods.create_tree)
        put_shape = _StreamedMethod(SyncMethods.put_shape)
        get_status = _StreamedMethod(SyncMethods.get_status)
        create_conversation = _StreamedMethod(SyncMethods.create_conversation)
        create_reply = _StreamedMethod(SyncMethods.create_reply)
        create_order = _StreamedMethod(SyncMethods.create_order)

    class AsyncRawMethods:
        submit_contact_form = _AsyncRawMethod(AsyncMethods.submit_contact_form)
        create_tree = _AsyncRawMethod(AsyncMethods.create_tree)
        put_shape = _AsyncRawMethod(AsyncMethods.put_shape)
        get_status = _AsyncRawMethod(AsyncMethods.get_status)
        create_conversation = _AsyncRawMethod(AsyncMethods.create_conversation)
        create_reply = _AsyncRawMethod(AsyncMethods.create_reply)
        create_order = _AsyncRawMethod(AsyncMethods.create_order)

    class AsyncStreamedMethods:
        submit_contact_form = _AsyncStreamedMethod(AsyncMethods.submit_contact_form)
        create_tree = _AsyncStreamedMethod(AsyncMethods.create_tree)
        put_shape = _AsyncStreamedMethod(AsyncMethods.put_shape)
        get_status = _AsyncStreamedMethod(AsyncMethods.get_status)
        create_conversation = _AsyncStreamedMethod(AsyncMethods.create_conversation)
        create_reply = _AsyncStreamedMethod(AsyncMethods.create_reply)
        create_order = _AsyncStreamedMethod(AsyncMethods.create_order)
