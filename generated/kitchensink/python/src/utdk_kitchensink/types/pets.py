"""Argument types of Kitchen Sink Pet Store used by the operations tagged pets."""

from __future__ import annotations

import typing as _t

if _t.TYPE_CHECKING:
    from ..models.pets import PetStatus
    from .._types import FileTypes as _FileTypes

NewPetParam = _t.TypedDict(
    "NewPetParam",
    {
        "name": "_t.Required[str]",
        "petType": '_t.Required[_t.Literal["cat", "dog"]]',
        "tag": "str | None",
        "bark_volume": "int",
        "123-code": "str",
    },
    total=False,
)

UpdatePetRequestParam = _t.TypedDict(
    "UpdatePetRequestParam",
    {
        "name": "str",
        "tag": "str | None",
        "status": "PetStatus",
    },
    total=False,
)

UploadPetPhotoRequestParam = _t.TypedDict(
    "UploadPetPhotoRequestParam",
    {
        "file": "_t.Required[_FileTypes]",
        "caption": "str",
        "labels": "_t.Sequence[str]",
    },
    total=False,
)

SearchPetsFilterParam = _t.TypedDict(
    "SearchPetsFilterParam",
    {
        "name": "str",
        "min_age": "int",
    },
    total=False,
)
