"""Operations tagged pets."""

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

    from ..models.pets import Pet, PetEvent, PetStatus, UploadPetPhotoResponse
    from ..types.pets import SearchPetsFilterParam
    from .._types import FileTypes as _FileTypes

_LIST_PETS = _Endpoint(
    method="get",
    path="/pets",
    params=(
        _Param(name="limit", location="query", style="form", explode=True),
        _Param(name="status", location="query", style="form", explode=True),
        _Param(name="tags", location="query", style="form", explode=False),
        _Param(name="X-Trace-Id", location="header", style="simple", explode=False),
        _Param(name="session_hint", location="cookie", style="form", explode=True),
    ),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=(
        "list",
        (
            "union",
            (("model", "Cat"), ("model", "Dog")),
            "petType",
            (("cat", ("model", "Cat")), ("dog", ("model", "Dog"))),
        ),
    ),
    error_decoders=(("default", ("model", "Error")),),
    response_headers=(("X-Next-Cursor", "string"),),
)

_CREATE_PET = _Endpoint(
    method="post",
    path="/pets",
    params=(),
    security=((("apiKeyHeader", ()),),),
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    response_decoder=(
        "union",
        (("model", "Cat"), ("model", "Dog")),
        "petType",
        (("cat", ("model", "Cat")), ("dog", ("model", "Dog"))),
    ),
    error_decoders=(("4XX", ("model", "Error")),),
)

_GET_PET = _Endpoint(
    method="get",
    path="/pets/{petId}",
    params=(_Param(name="petId", location="path", style="simple", explode=False),),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=(
        "union",
        (("model", "Cat"), ("model", "Dog")),
        "petType",
        (("cat", ("model", "Cat")), ("dog", ("model", "Dog"))),
    ),
    error_decoders=(("404", ("model", "Error")),),
    response_headers=(
        ("X-Rate-Limit-Remaining", "integer"),
        ("X-Cache-Hit", "boolean"),
        ("X-Pet-Aliases", "array"),
    ),
)

_UPDATE_PET = _Endpoint(
    method="patch",
    path="/pets/{petId}",
    params=(_Param(name="petId", location="path", style="simple", explode=False),),
    security=((("bearerAuth", ()),),),
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    response_decoder=(
        "union",
        (("model", "Cat"), ("model", "Dog")),
        "petType",
        (("cat", ("model", "Cat")), ("dog", ("model", "Dog"))),
    ),
)

_DELETE_PET = _Endpoint(
    method="delete",
    path="/pets/{petId}",
    params=(_Param(name="petId", location="path", style="simple", explode=False),),
    security=((("basicAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="empty",
    response_decoder=None,
)

_DOWNLOAD_PET_PHOTO = _Endpoint(
    method="get",
    path="/pets/{petId}/photo",
    params=(_Param(name="petId", location="path", style="simple", explode=False),),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="binary",
    response_decoder=None,
)

_UPLOAD_PET_PHOTO = _Endpoint(
    method="post",
    path="/pets/{petId}/photo",
    params=(_Param(name="petId", location="path", style="simple", explode=False),),
    security=((("bearerAuth", ()),),),
    body_kind="multipart",
    content_type="multipart/form-data",
    omit_empty_body=True,
    response_kind="json",
    response_decoder=("model", "UploadPetPhotoResponse"),
)

_REGISTER_MICROCHIP = _Endpoint(
    method="put",
    path="/pets/{petId}/microchip",
    params=(_Param(name="petId", location="path", style="simple", explode=False),),
    security=((("bearerAuth", ()),),),
    body_kind="json",
    content_type="application/json",
    response_kind="empty",
    response_decoder=None,
)

_ADD_PET_NOTE = _Endpoint(
    method="post",
    path="/pets/{petId}/notes",
    params=(_Param(name="petId", location="path", style="simple", explode=False),),
    security=((("bearerAuth", ()),),),
    body_kind="multipart",
    content_type="multipart/form-data",
    omit_empty_body=True,
    response_kind="empty",
    response_decoder=None,
)

_SEARCH_PETS = _Endpoint(
    method="get",
    path="/search",
    params=(
        _Param(name="filter", location="query", style="deepObject", explode=True),
        _Param(name="ids", location="query", style="pipeDelimited", explode=False),
        _Param(name="q", location="query", style="form", explode=True),
    ),
    security=((("apiKeyQuery", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="json",
    response_decoder=(
        "list",
        (
            "union",
            (("model", "Cat"), ("model", "Dog")),
            "petType",
            (("cat", ("model", "Cat")), ("dog", ("model", "Dog"))),
        ),
    ),
)

_WATCH_PET = _Endpoint(
    method="get",
    path="/pets/{petId}/events",
    params=(_Param(name="petId", location="path", style="simple", explode=False),),
    security=((("bearerAuth", ()),),),
    body_kind=None,
    content_type=None,
    response_kind="sse",
    response_decoder=None,
    error_decoders=(("default", ("model", "Error")),),
    event_decoder=("model", "PetEvent"),
)

ListPetsResponseHeaders = _t.TypedDict(
    "ListPetsResponseHeaders",
    {
        "X-Next-Cursor": str,
    },
    total=False,
)

GetPetResponseHeaders = _t.TypedDict(
    "GetPetResponseHeaders",
    {
        "X-Rate-Limit-Remaining": _t.Required[int],
        "X-Cache-Hit": bool,
        "X-Pet-Aliases": list[str],
    },
    total=False,
)


class SyncMethods(_SyncAPIClient):

    def list_pets(
        self,
        *,
        limit: int | _NotGiven = _NOT_GIVEN,
        status: _t.Sequence[PetStatus] | _NotGiven = _NOT_GIVEN,
        tags: _t.Sequence[str] | _NotGiven = _NOT_GIVEN,
        x_trace_id: str | _NotGiven = _NOT_GIVEN,
        session_hint: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> list[Pet]:
        """List pets

        `GET /pets`

        Returns pets, filtered and paged. Uses **form** query parameters.

        Args:
          limit: How many pets to return at most.
          status: Only pets in these states (repeated parameter).
          tags: Comma-separated tags.
          x_trace_id: A trace id echoed in logs.
        """
        return _t.cast(
            "list[Pet]",
            self._request(
                _LIST_PETS,
                {
                    "limit": limit,
                    "status": status,
                    "tags": tags,
                    "X-Trace-Id": x_trace_id,
                    "session_hint": session_hint,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def create_pet(
        self,
        *,
        name: str,
        pet_type: _t.Literal["cat", "dog"],
        tag: str | None | _NotGiven = _NOT_GIVEN,
        bark_volume: int | _NotGiven = _NOT_GIVEN,
        n_123_code: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Pet:
        """Create a pet

        `POST /pets`

        Args:
          n_123_code: A property whose name starts with a digit.
        """
        return _t.cast(
            "Pet",
            self._request(
                _CREATE_PET,
                {},
                {
                    "name": name,
                    "petType": pet_type,
                    "tag": tag,
                    "bark_volume": bark_volume,
                    "123-code": n_123_code,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def get_pet(
        self,
        *,
        pet_id: int,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Pet:
        """Get a pet

        `GET /pets/{petId}`

        Args:
          pet_id: The pet's id.
        """
        return _t.cast(
            "Pet",
            self._request(
                _GET_PET,
                {
                    "petId": pet_id,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def update_pet(
        self,
        *,
        pet_id: int,
        name: str | _NotGiven = _NOT_GIVEN,
        tag: str | None | _NotGiven = _NOT_GIVEN,
        status: PetStatus | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Pet:
        """Update a pet

        `PATCH /pets/{petId}`

        Fields set to `null` are cleared; fields left out are kept.

        Args:
          pet_id: The pet's id.
          tag: A free-form tag; null clears it.
          status: Where the pet is in the adoption process.
        """
        return _t.cast(
            "Pet",
            self._request(
                _UPDATE_PET,
                {
                    "petId": pet_id,
                },
                {
                    "name": name,
                    "tag": tag,
                    "status": status,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def delete_pet(
        self,
        *,
        pet_id: int,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> None:
        """Delete a pet

        `DELETE /pets/{petId}`

        Args:
          pet_id: The pet's id.
        """
        return _t.cast(
            "None",
            self._request(
                _DELETE_PET,
                {
                    "petId": pet_id,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def download_pet_photo(
        self,
        *,
        pet_id: int,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> bytes:
        """Download a pet's photo

        `GET /pets/{petId}/photo`
        """
        return _t.cast(
            "bytes",
            self._request(
                _DOWNLOAD_PET_PHOTO,
                {
                    "petId": pet_id,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def upload_pet_photo(
        self,
        *,
        pet_id: int,
        file: _FileTypes,
        caption: str | _NotGiven = _NOT_GIVEN,
        labels: _t.Sequence[str] | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> UploadPetPhotoResponse:
        """Upload a pet's photo

        `POST /pets/{petId}/photo`

        Args:
          file: The image file.
          caption: Shown under the photo.
        """
        return _t.cast(
            "UploadPetPhotoResponse",
            self._request(
                _UPLOAD_PET_PHOTO,
                {
                    "petId": pet_id,
                },
                {
                    "file": file,
                    "caption": caption,
                    "labels": labels,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def register_microchip(
        self,
        *,
        pet_id: int,
        chip_id: str,
        nickname: str,
        weight_kg: float,
        age_years: int,
        owner_email: str,
        vaccinations: _t.Sequence[_t.Literal["rabies", "distemper", "parvovirus"]],
        registered_on: _dt.date | str | _NotGiven = _NOT_GIVEN,
        vet_id: str | _NotGiven = _NOT_GIVEN,
        clinic_id: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> None:
        """Register a pet's microchip

        `PUT /pets/{petId}/microchip`

        Every value has rules beyond its type; the example request keeps them all.

        Args:
          chip_id: MC and eight hex digits.
        """
        return _t.cast(
            "None",
            self._request(
                _REGISTER_MICROCHIP,
                {
                    "petId": pet_id,
                },
                {
                    "chip_id": chip_id,
                    "nickname": nickname,
                    "weight_kg": weight_kg,
                    "age_years": age_years,
                    "owner_email": owner_email,
                    "registered_on": registered_on,
                    "vaccinations": vaccinations,
                    "vet_id": vet_id,
                    "clinic_id": clinic_id,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def add_pet_note(
        self,
        *,
        pet_id: int,
        text: str,
        attachment: _FileTypes | _NotGiven = _NOT_GIVEN,
        labels: _t.Sequence[str] | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> None:
        """Add a note, with an optional attachment

        `POST /pets/{petId}/notes`

        Args:
          attachment: Sent only when given.
        """
        return _t.cast(
            "None",
            self._request(
                _ADD_PET_NOTE,
                {
                    "petId": pet_id,
                },
                {
                    "text": text,
                    "attachment": attachment,
                    "labels": labels,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def search_pets(
        self,
        *,
        q: str,
        filter: SearchPetsFilterParam | _NotGiven = _NOT_GIVEN,
        ids: _t.Sequence[int] | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> list[Pet]:
        """Search pets (deprecated)

        `GET /search`

        Deprecated: the API marks this operation as deprecated.

        Use `listPets` instead.
        """
        return _t.cast(
            "list[Pet]",
            self._request(
                _SEARCH_PETS,
                {
                    "filter": filter,
                    "ids": ids,
                    "q": q,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def watch_pet(
        self,
        *,
        pet_id: int,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _Stream[PetEvent]:
        """Follow a pet's events

        `GET /pets/{petId}/events`

        Server-Sent Events, one per change to the pet, until the server ends the
        stream.
        """
        return _t.cast(
            "_Stream[PetEvent]",
            self._request(
                _WATCH_PET,
                {
                    "petId": pet_id,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )


class AsyncMethods(_AsyncAPIClient):

    async def list_pets(
        self,
        *,
        limit: int | _NotGiven = _NOT_GIVEN,
        status: _t.Sequence[PetStatus] | _NotGiven = _NOT_GIVEN,
        tags: _t.Sequence[str] | _NotGiven = _NOT_GIVEN,
        x_trace_id: str | _NotGiven = _NOT_GIVEN,
        session_hint: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> list[Pet]:
        """List pets

        `GET /pets`

        Returns pets, filtered and paged. Uses **form** query parameters.

        Args:
          limit: How many pets to return at most.
          status: Only pets in these states (repeated parameter).
          tags: Comma-separated tags.
          x_trace_id: A trace id echoed in logs.
        """
        return _t.cast(
            "list[Pet]",
            await self._request(
                _LIST_PETS,
                {
                    "limit": limit,
                    "status": status,
                    "tags": tags,
                    "X-Trace-Id": x_trace_id,
                    "session_hint": session_hint,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def create_pet(
        self,
        *,
        name: str,
        pet_type: _t.Literal["cat", "dog"],
        tag: str | None | _NotGiven = _NOT_GIVEN,
        bark_volume: int | _NotGiven = _NOT_GIVEN,
        n_123_code: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Pet:
        """Create a pet

        `POST /pets`

        Args:
          n_123_code: A property whose name starts with a digit.
        """
        return _t.cast(
            "Pet",
            await self._request(
                _CREATE_PET,
                {},
                {
                    "name": name,
                    "petType": pet_type,
                    "tag": tag,
                    "bark_volume": bark_volume,
                    "123-code": n_123_code,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def get_pet(
        self,
        *,
        pet_id: int,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Pet:
        """Get a pet

        `GET /pets/{petId}`

        Args:
          pet_id: The pet's id.
        """
        return _t.cast(
            "Pet",
            await self._request(
                _GET_PET,
                {
                    "petId": pet_id,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def update_pet(
        self,
        *,
        pet_id: int,
        name: str | _NotGiven = _NOT_GIVEN,
        tag: str | None | _NotGiven = _NOT_GIVEN,
        status: PetStatus | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> Pet:
        """Update a pet

        `PATCH /pets/{petId}`

        Fields set to `null` are cleared; fields left out are kept.

        Args:
          pet_id: The pet's id.
          tag: A free-form tag; null clears it.
          status: Where the pet is in the adoption process.
        """
        return _t.cast(
            "Pet",
            await self._request(
                _UPDATE_PET,
                {
                    "petId": pet_id,
                },
                {
                    "name": name,
                    "tag": tag,
                    "status": status,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def delete_pet(
        self,
        *,
        pet_id: int,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> None:
        """Delete a pet

        `DELETE /pets/{petId}`

        Args:
          pet_id: The pet's id.
        """
        return _t.cast(
            "None",
            await self._request(
                _DELETE_PET,
                {
                    "petId": pet_id,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def download_pet_photo(
        self,
        *,
        pet_id: int,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> bytes:
        """Download a pet's photo

        `GET /pets/{petId}/photo`
        """
        return _t.cast(
            "bytes",
            await self._request(
                _DOWNLOAD_PET_PHOTO,
                {
                    "petId": pet_id,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def upload_pet_photo(
        self,
        *,
        pet_id: int,
        file: _FileTypes,
        caption: str | _NotGiven = _NOT_GIVEN,
        labels: _t.Sequence[str] | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> UploadPetPhotoResponse:
        """Upload a pet's photo

        `POST /pets/{petId}/photo`

        Args:
          file: The image file.
          caption: Shown under the photo.
        """
        return _t.cast(
            "UploadPetPhotoResponse",
            await self._request(
                _UPLOAD_PET_PHOTO,
                {
                    "petId": pet_id,
                },
                {
                    "file": file,
                    "caption": caption,
                    "labels": labels,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def register_microchip(
        self,
        *,
        pet_id: int,
        chip_id: str,
        nickname: str,
        weight_kg: float,
        age_years: int,
        owner_email: str,
        vaccinations: _t.Sequence[_t.Literal["rabies", "distemper", "parvovirus"]],
        registered_on: _dt.date | str | _NotGiven = _NOT_GIVEN,
        vet_id: str | _NotGiven = _NOT_GIVEN,
        clinic_id: str | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> None:
        """Register a pet's microchip

        `PUT /pets/{petId}/microchip`

        Every value has rules beyond its type; the example request keeps them all.

        Args:
          chip_id: MC and eight hex digits.
        """
        return _t.cast(
            "None",
            await self._request(
                _REGISTER_MICROCHIP,
                {
                    "petId": pet_id,
                },
                {
                    "chip_id": chip_id,
                    "nickname": nickname,
                    "weight_kg": weight_kg,
                    "age_years": age_years,
                    "owner_email": owner_email,
                    "registered_on": registered_on,
                    "vaccinations": vaccinations,
                    "vet_id": vet_id,
                    "clinic_id": clinic_id,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def add_pet_note(
        self,
        *,
        pet_id: int,
        text: str,
        attachment: _FileTypes | _NotGiven = _NOT_GIVEN,
        labels: _t.Sequence[str] | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> None:
        """Add a note, with an optional attachment

        `POST /pets/{petId}/notes`

        Args:
          attachment: Sent only when given.
        """
        return _t.cast(
            "None",
            await self._request(
                _ADD_PET_NOTE,
                {
                    "petId": pet_id,
                },
                {
                    "text": text,
                    "attachment": attachment,
                    "labels": labels,
                },
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def search_pets(
        self,
        *,
        q: str,
        filter: SearchPetsFilterParam | _NotGiven = _NOT_GIVEN,
        ids: _t.Sequence[int] | _NotGiven = _NOT_GIVEN,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> list[Pet]:
        """Search pets (deprecated)

        `GET /search`

        Deprecated: the API marks this operation as deprecated.

        Use `listPets` instead.
        """
        return _t.cast(
            "list[Pet]",
            await self._request(
                _SEARCH_PETS,
                {
                    "filter": filter,
                    "ids": ids,
                    "q": q,
                },
                _NOT_GIVEN,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def watch_pet(
        self,
        *,
        pet_id: int,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
        extra_body: _t.Mapping[str, object] | None = None,
        max_retries: int | _NotGiven = _NOT_GIVEN,
        idempotency_key: str | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncStream[PetEvent]:
        """Follow a pet's events

        `GET /pets/{petId}/events`

        Server-Sent Events, one per change to the pet, until the server ends the
        stream.
        """
        return _t.cast(
            "_AsyncStream[PetEvent]",
            await self._request(
                _WATCH_PET,
                {
                    "petId": pet_id,
                },
                _NOT_GIVEN,
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
        list_pets = _RawMethod(SyncMethods.list_pets, ListPetsResponseHeaders)
        create_pet = _RawMethod(SyncMethods.create_pet)
        get_pet = _RawMethod(SyncMethods.get_pet, GetPetResponseHeaders)
        update_pet = _RawMethod(SyncMethods.update_pet)
        delete_pet = _RawMethod(SyncMethods.delete_pet)
        download_pet_photo = _RawMethod(SyncMethods.download_pet_photo)
        upload_pet_photo = _RawMethod(SyncMethods.upload_pet_photo)
        register_microchip = _RawMethod(SyncMethods.register_microchip)
        add_pet_note = _RawMethod(SyncMethods.add_pet_note)
        search_pets = _RawMethod(SyncMethods.search_pets)
        watch_pet = _RawMethod(SyncMethods.watch_pet)

    class SyncStreamedMethods:
        list_pets = _StreamedMethod(SyncMethods.list_pets, ListPetsResponseHeaders)
        create_pet = _StreamedMethod(SyncMethods.create_pet)
        get_pet = _StreamedMethod(SyncMethods.get_pet, GetPetResponseHeaders)
        update_pet = _StreamedMethod(SyncMethods.update_pet)
        delete_pet = _StreamedMethod(SyncMethods.delete_pet)
        download_pet_photo = _StreamedMethod(SyncMethods.download_pet_photo)
        upload_pet_photo = _StreamedMethod(SyncMethods.upload_pet_photo)
        register_microchip = _StreamedMethod(SyncMethods.register_microchip)
        add_pet_note = _StreamedMethod(SyncMethods.add_pet_note)
        search_pets = _StreamedMethod(SyncMethods.search_pets)
        watch_pet = _StreamedMethod(SyncMethods.watch_pet)

    class AsyncRawMethods:
        list_pets = _AsyncRawMethod(AsyncMethods.list_pets, ListPetsResponseHeaders)
        create_pet = _AsyncRawMethod(AsyncMethods.create_pet)
        get_pet = _AsyncRawMethod(AsyncMethods.get_pet, GetPetResponseHeaders)
        update_pet = _AsyncRawMethod(AsyncMethods.update_pet)
        delete_pet = _AsyncRawMethod(AsyncMethods.delete_pet)
        download_pet_photo = _AsyncRawMethod(AsyncMethods.download_pet_photo)
        upload_pet_photo = _AsyncRawMethod(AsyncMethods.upload_pet_photo)
        register_microchip = _AsyncRawMethod(AsyncMethods.register_microchip)
        add_pet_note = _AsyncRawMethod(AsyncMethods.add_pet_note)
        search_pets = _AsyncRawMethod(AsyncMethods.search_pets)
        watch_pet = _AsyncRawMethod(AsyncMethods.watch_pet)

    class AsyncStreamedMethods:
        list_pets = _AsyncStreamedMethod(
            AsyncMethods.list_pets, ListPetsResponseHeaders
        )
        create_pet = _AsyncStreamedMethod(AsyncMethods.create_pet)
        get_pet = _AsyncStreamedMethod(AsyncMethods.get_pet, GetPetResponseHeaders)
        update_pet = _AsyncStreamedMethod(AsyncMethods.update_pet)
        delete_pet = _AsyncStreamedMethod(AsyncMethods.delete_pet)
        download_pet_photo = _AsyncStreamedMethod(AsyncMethods.download_pet_photo)
        upload_pet_photo = _AsyncStreamedMethod(AsyncMethods.upload_pet_photo)
        register_microchip = _AsyncStreamedMethod(AsyncMethods.register_microchip)
        add_pet_note = _AsyncStreamedMethod(AsyncMethods.add_pet_note)
        search_pets = _AsyncStreamedMethod(AsyncMethods.search_pets)
        watch_pet = _AsyncStreamedMethod(AsyncMethods.watch_pet)
