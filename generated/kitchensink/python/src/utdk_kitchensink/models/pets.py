"""Response models of Kitchen Sink Pet Store used by the operations tagged pets."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from .._models import Model as _Model

PetStatus: _t.TypeAlias = _t.Literal["available", "pending", "sold"]
"""Where the pet is in the adoption process."""


class Cat(_Model):
    id: int
    name: str
    """The pet's name. Hostile: */ \"\"\" ${x} `y` </script>"""
    pet_type: _t.Literal["cat"]
    tag: str | None
    status: PetStatus | None
    """Where the pet is in the adoption process."""
    born_on: _dt.date | None
    created_at: _dt.datetime | None
    attributes: dict[str, str] | None
    indoor: bool | None
    lives: _t.Literal[1, 7, 9] | None
    _fields = {
        "pet_type": ("petType", None),
        "born_on": ("born_on", "date"),
        "created_at": ("created_at", "datetime"),
    }
    _required = ("id", "name", "petType")


class Dog(_Model):
    id: int
    name: str
    """The pet's name. Hostile: */ \"\"\" ${x} `y` </script>"""
    pet_type: _t.Literal["dog"]
    tag: str | None
    status: PetStatus | None
    """Where the pet is in the adoption process."""
    born_on: _dt.date | None
    created_at: _dt.datetime | None
    attributes: dict[str, str] | None
    bark_volume: int | None
    class_: str | None
    """A property named like a keyword."""
    _fields = {
        "pet_type": ("petType", None),
        "born_on": ("born_on", "date"),
        "created_at": ("created_at", "datetime"),
        "class_": ("class", None),
    }
    _required = ("id", "name", "petType")


Pet: _t.TypeAlias = "Cat | Dog"


class NewPet(_Model):
    name: str
    pet_type: _t.Literal["cat", "dog"]
    tag: str | None
    bark_volume: int | None
    n_123_code: str | None
    """A property whose name starts with a digit."""
    _fields = {
        "pet_type": ("petType", None),
        "n_123_code": ("123-code", None),
    }
    _required = ("name", "petType")


class Microchip(_Model):
    """A chip is registered with a vet or a clinic (one of them is required)."""

    chip_id: str
    """MC and eight hex digits."""
    nickname: str
    weight_kg: float
    age_years: int
    owner_email: str
    registered_on: _dt.date | None
    vaccinations: list[_t.Literal["rabies", "distemper", "parvovirus"]]
    vet_id: str | None
    clinic_id: str | None
    _fields = {
        "registered_on": ("registered_on", "date"),
    }
    _required = (
        "chip_id",
        "nickname",
        "weight_kg",
        "age_years",
        "owner_email",
        "vaccinations",
    )


class PetEvent(_Model):
    kind: _t.Literal["fed", "walked", "adopted"]
    pet_id: int
    note: str | None
    _required = ("kind", "pet_id")


class UpdatePetRequest(_Model):
    name: str | None
    tag: str | None
    """A free-form tag; null clears it."""
    status: PetStatus | None
    """Where the pet is in the adoption process."""
    _required = ()


class UploadPetPhotoRequest(_Model):
    file: bytes
    """The image file."""
    caption: str | None
    """Shown under the photo."""
    labels: list[str] | None
    _required = ("file",)


class UploadPetPhotoResponse(_Model):
    url: str
    size: int | None
    _required = ("url",)


class AddPetNoteRequest(_Model):
    text: str
    attachment: bytes | None
    """Sent only when given."""
    labels: list[str] | None
    _required = ("text",)


class SearchPetsFilter(_Model):
    name: str | None
    min_age: int | None
    _required = ()
