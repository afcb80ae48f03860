"""Argument types of Kitchen Sink Pet Store used by the operations tagged pets."""

from __future__ import annotations

import typing as _t

if _t.TYPE_CHECKING:
    import datetime as _dt

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

MicrochipParam = _t.TypedDict(
    "MicrochipParam",
    {
        "chip_id": "_t.Required[str]",
        "nickname": "_t.Required[str]",
        "weight_kg": "_t.Required[float]",
        "age_years": "_t.Required[int]",
        "owner_email": "_t.Required[str]",
        "registered_on": "_dt.date | str",
        "vaccinations": '_t.Required[_t.Sequence[_t.Literal["rabies", "distemper", "parvovirus"]]]',
        "vet_id": "str",
        "clinic_id": "str",
    },
    total=False,
)
"""A chip is registered with a vet or a clinic (one of them is required)."""

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

AddPetNoteRequestParam = _t.TypedDict(
    "AddPetNoteRequestParam",
    {
        "text": "_t.Required[str]",
        "attachment": "_FileTypes",
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
