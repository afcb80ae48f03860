"""Webhooks: the payloads the API sends, and `Webhooks.unwrap` to read one."""

from __future__ import annotations

import typing as _t

from ._models import Decoder as _Decoder
from ._webhooks import InvalidWebhookPayloadError as InvalidWebhookPayloadError
from ._webhooks import parse_payload as _parse_payload
from .models.unreferenced import InventoryLow as InventoryLow, PetAdopted as PetAdopted

UnwrapWebhookEvent: _t.TypeAlias = PetAdopted | InventoryLow
"""Any webhook payload: `pet.adopted`, `inventory.low`."""

_DECODER: _Decoder = (
    "union",
    (("model", "PetAdopted"), ("model", "InventoryLow")),
    "type",
    (
        ("pet.adopted", ("model", "PetAdopted")),
        ("inventory.low", ("model", "InventoryLow")),
    ),
)
_REQUIRED: dict[str, tuple[str, ...]] = {
    "pet.adopted": ("type", "pet", "adopted_at"),
    "inventory.low": ("type", "item", "remaining"),
}


class Webhooks:
    """Reads the webhooks this API sends."""

    def unwrap(self, payload: str | bytes) -> UnwrapWebhookEvent:
        """The received body (as text or bytes) as its typed event.

        Raises InvalidWebhookPayloadError for a body that is not JSON or not an event.
        """
        return _t.cast(
            UnwrapWebhookEvent,
            _parse_payload(payload, _DECODER, "type", _REQUIRED),
        )
