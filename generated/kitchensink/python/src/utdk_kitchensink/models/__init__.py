"""Models of Kitchen Sink Pet Store, imported on first use."""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from ._m000 import (
        AddPetNoteRequest as AddPetNoteRequest,
        AssistantMessage as AssistantMessage,
        Cat as Cat,
        Circle as Circle,
        Conversation as Conversation,
        CreateConversationRequest as CreateConversationRequest,
        Dog as Dog,
        Error as Error,
        Inventory as Inventory,
        Message as Message,
        MessageBase as MessageBase,
        Microchip as Microchip,
        NewPet as NewPet,
        Pet as Pet,
        PetBase as PetBase,
        PetStatus as PetStatus,
        SearchPetsFilter as SearchPetsFilter,
        Shape as Shape,
        Square as Square,
        Status as Status,
        SubmitContactFormRequest as SubmitContactFormRequest,
        ToolMessage as ToolMessage,
        ToolRole as ToolRole,
        TreeNode as TreeNode,
        UpdatePetRequest as UpdatePetRequest,
        UploadPetPhotoRequest as UploadPetPhotoRequest,
        UploadPetPhotoResponse as UploadPetPhotoResponse,
        UserMessage as UserMessage,
    )

    pass

_MODULES: dict[str, str] = {
    "PetStatus": "_m000",
    "PetBase": "_m000",
    "Cat": "_m000",
    "Dog": "_m000",
    "Pet": "_m000",
    "NewPet": "_m000",
    "Inventory": "_m000",
    "TreeNode": "_m000",
    "Shape": "_m000",
    "Message": "_m000",
    "UserMessage": "_m000",
    "MessageBase": "_m000",
    "AssistantMessage": "_m000",
    "ToolMessage": "_m000",
    "ToolRole": "_m000",
    "Conversation": "_m000",
    "Microchip": "_m000",
    "Status": "_m000",
    "Error": "_m000",
    "Circle": "_m000",
    "Square": "_m000",
    "UpdatePetRequest": "_m000",
    "UploadPetPhotoRequest": "_m000",
    "UploadPetPhotoResponse": "_m000",
    "AddPetNoteRequest": "_m000",
    "SearchPetsFilter": "_m000",
    "SubmitContactFormRequest": "_m000",
    "CreateConversationRequest": "_m000",
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
