"""Reading a webhook the API sent: the received body, decoded into its payload type."""

from __future__ import annotations

import json
from typing import Any, Mapping, Optional, Tuple, Union

from ._errors import APIError
from ._models import Decoder, Model, decode


class InvalidWebhookPayloadError(APIError):
    """The body is not JSON, or not one of the webhook payloads this package knows."""


def parse_payload(
    payload: Union[str, bytes, bytearray],
    decoder: Decoder,
    discriminator: Optional[str],
    required: Mapping[str, Tuple[str, ...]],
) -> Any:
    """`required` maps each payload's discriminator value (or class name, without
    one) to the fields it must have."""
    try:
        data = json.loads(payload)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidWebhookPayloadError(
            f"The webhook payload is not valid JSON: {exc}"
        ) from None
    if not isinstance(data, dict):
        raise InvalidWebhookPayloadError(
            f"The webhook payload is a JSON {type(data).__name__}, not an object."
        )
    if discriminator is not None:
        tag = data.get(discriminator)
        if not isinstance(tag, str) or tag not in required:
            known = ", ".join(sorted(required))
            raise InvalidWebhookPayloadError(
                f"The webhook payload's {discriminator!r} is {tag!r}; "
                f"expected one of: {known}."
            )
        needed = required[tag]
    else:
        tag = None
        needed = ()
    event = decode(decoder, data)
    if not isinstance(event, Model):
        raise InvalidWebhookPayloadError(
            "The webhook payload matches none of the webhook events this package knows."
        )
    if tag is None:
        needed = required.get(type(event).__name__, ())
    missing = [name for name in needed if name not in data]
    if missing:
        raise InvalidWebhookPayloadError(
            f"The webhook payload lacks required fields: {', '.join(missing)}."
        )
    return event


__all__ = ["InvalidWebhookPayloadError", "parse_payload"]
