"""Argument types of Kitchen Sink Pet Store, imported on first use."""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from ._p000 import (
        AddPetNoteRequestParam as AddPetNoteRequestParam,
        AssistantMessageParam as AssistantMessageParam,
        CircleParam as CircleParam,
        CreateConversationRequestParam as CreateConversationRequestParam,
        MicrochipParam as MicrochipParam,
        NewPetParam as NewPetParam,
        SearchPetsFilterParam as SearchPetsFilterParam,
        SquareParam as SquareParam,
        SubmitContactFormRequestParam as SubmitContactFormRequestParam,
        ToolMessageParam as ToolMessageParam,
        TreeNodeParam as TreeNodeParam,
        UpdatePetRequestParam as UpdatePetRequestParam,
        UploadPetPhotoRequestParam as UploadPetPhotoRequestParam,
        UserMessageParam as UserMessageParam,
    )

    pass

_MODULES: dict[str, str] = {
    "NewPetParam": "_p000",
    "TreeNodeParam": "_p000",
    "UserMessageParam": "_p000",
    "AssistantMessageParam": "_p000",
    "ToolMessageParam": "_p000",
    "MicrochipParam": "_p000",
    "CircleParam": "_p000",
    "SquareParam": "_p000",
    "UpdatePetRequestParam": "_p000",
    "UploadPetPhotoRequestParam": "_p000",
    "AddPetNoteRequestParam": "_p000",
    "SearchPetsFilterParam": "_p000",
    "SubmitContactFormRequestParam": "_p000",
    "CreateConversationRequestParam": "_p000",
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
