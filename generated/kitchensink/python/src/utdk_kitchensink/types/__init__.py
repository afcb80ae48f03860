"""Argument types of Kitchen Sink Pet Store, imported on first use."""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .misc import (
        AssistantMessageParam as AssistantMessageParam,
        CircleParam as CircleParam,
        CreateConversationRequestParam as CreateConversationRequestParam,
        CreateOrderRequestParam as CreateOrderRequestParam,
        CreateReplyRequestParam as CreateReplyRequestParam,
        SquareParam as SquareParam,
        SubmitContactFormRequestParam as SubmitContactFormRequestParam,
        ToolMessageParam as ToolMessageParam,
        TreeNodeParam as TreeNodeParam,
        UserMessageParam as UserMessageParam,
    )
    from .pets import (
        AddPetNoteRequestParam as AddPetNoteRequestParam,
        MicrochipParam as MicrochipParam,
        NewPetParam as NewPetParam,
        SearchPetsFilterParam as SearchPetsFilterParam,
        UpdatePetRequestParam as UpdatePetRequestParam,
        UploadPetPhotoRequestParam as UploadPetPhotoRequestParam,
    )
    from .toys import (
        SearchToysRequestParam as SearchToysRequestParam,
        SyncToysRequestParam as SyncToysRequestParam,
    )

_MODULES: dict[str, str] = {
    "NewPetParam": "pets",
    "TreeNodeParam": "misc",
    "UserMessageParam": "misc",
    "AssistantMessageParam": "misc",
    "ToolMessageParam": "misc",
    "MicrochipParam": "pets",
    "CircleParam": "misc",
    "SquareParam": "misc",
    "UpdatePetRequestParam": "pets",
    "UploadPetPhotoRequestParam": "pets",
    "AddPetNoteRequestParam": "pets",
    "SearchPetsFilterParam": "pets",
    "SubmitContactFormRequestParam": "misc",
    "CreateConversationRequestParam": "misc",
    "SyncToysRequestParam": "toys",
    "SearchToysRequestParam": "toys",
    "CreateReplyRequestParam": "misc",
    "CreateOrderRequestParam": "misc",
}

if not _t.TYPE_CHECKING:

    def __getattr__(name: str) -> _t.Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(_MODULES)
