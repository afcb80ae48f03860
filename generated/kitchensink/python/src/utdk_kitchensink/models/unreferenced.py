"""Response models of Kitchen Sink Pet Store that no operation refers to."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from .._models import Model as _Model

if _t.TYPE_CHECKING:
    from .pets import Pet, PetStatus


class PetBase(_Model):
    id: int
    name: str
    """The pet's name. Hostile: */ \"\"\" ${x} `y` </script>"""
    pet_type: str
    tag: str | None
    status: PetStatus | None
    """Where the pet is in the adoption process."""
    born_on: _dt.date | None
    created_at: _dt.datetime | None
    attributes: dict[str, str] | None
    _fields = {
        "pet_type": ("petType", None),
        "born_on": ("born_on", "date"),
        "created_at": ("created_at", "datetime"),
    }
    _required = ("id", "name", "petType")


class MessageBase(_Model):
    role: str
    name: str | None
    _required = ("role",)


class ReplyChunk(_Model):
    id: str
    delta: str
    _required = ("id", "delta")


class PetAdopted(_Model):
    """Sent when a pet finds a home."""

    type: _t.Literal["pet.adopted"]
    pet: Pet
    adopted_at: _dt.datetime
    _fields = {
        "pet": (
            "pet",
            (
                "union",
                (("model", "Cat"), ("model", "Dog")),
                "petType",
                (("cat", ("model", "Cat")), ("dog", ("model", "Dog"))),
            ),
        ),
        "adopted_at": ("adopted_at", "datetime"),
    }
    _required = ("type", "pet", "adopted_at")


class InventoryLow(_Model):
    """Sent when an item runs low."""

    type: _t.Literal["inventory.low"]
    item: str
    remaining: int
    _required = ("type", "item", "remaining")
