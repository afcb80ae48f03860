"""Models of Kitchen Sink Pet Store, imported on first use."""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .misc import (
        AssistantMessage as AssistantMessage,
        Circle as Circle,
        Conversation as Conversation,
        CreateConversationRequest as CreateConversationRequest,
        CreateOrderRequest as CreateOrderRequest,
        CreateReplyRequest as CreateReplyRequest,
        Message as Message,
        Order as Order,
        OrderRefusal as OrderRefusal,
        Reply as Reply,
        Shape as Shape,
        Square as Square,
        Status as Status,
        SubmitContactFormRequest as SubmitContactFormRequest,
        ToolMessage as ToolMessage,
        ToolRole as ToolRole,
        TreeNode as TreeNode,
        UserMessage as UserMessage,
    )
    from .pets import (
        AddPetNoteRequest as AddPetNoteRequest,
        Cat as Cat,
        Dog as Dog,
        Microchip as Microchip,
        NewPet as NewPet,
        Pet as Pet,
        PetEvent as PetEvent,
        PetStatus as PetStatus,
        SearchPetsFilter as SearchPetsFilter,
        UpdatePetRequest as UpdatePetRequest,
        UploadPetPhotoRequest as UploadPetPhotoRequest,
        UploadPetPhotoResponse as UploadPetPhotoResponse,
    )
    from .shared import Error as Error
    from .store import Inventory as Inventory
    from .toys import (
        ListRecentToysResponse as ListRecentToysResponse,
        ListToyFeedResponse as ListToyFeedResponse,
        ListToysByOffsetResponse as ListToysByOffsetResponse,
        ListToysByPageResponse as ListToysByPageResponse,
        ListToysResponse as ListToysResponse,
        SearchToysRequest as SearchToysRequest,
        SearchToysResponse as SearchToysResponse,
        SyncToysRequest as SyncToysRequest,
        SyncToysResponse as SyncToysResponse,
        Toy as Toy,
    )
    from .unreferenced import (
        InventoryLow as InventoryLow,
        MessageBase as MessageBase,
        PetAdopted as PetAdopted,
        PetBase as PetBase,
        ReplyChunk as ReplyChunk,
    )

_MODULES: dict[str, str] = {
    "PetStatus": "pets",
    "PetBase": "unreferenced",
    "Cat": "pets",
    "Dog": "pets",
    "Pet": "pets",
    "NewPet": "pets",
    "Inventory": "store",
    "TreeNode": "misc",
    "Shape": "misc",
    "Message": "misc",
    "UserMessage": "misc",
    "MessageBase": "unreferenced",
    "AssistantMessage": "misc",
    "ToolMessage": "misc",
    "ToolRole": "misc",
    "Conversation": "misc",
    "Microchip": "pets",
    "Status": "misc",
    "Order": "misc",
    "OrderRefusal": "misc",
    "Error": "shared",
    "Toy": "toys",
    "PetEvent": "pets",
    "Reply": "misc",
    "ReplyChunk": "unreferenced",
    "PetAdopted": "unreferenced",
    "InventoryLow": "unreferenced",
    "Circle": "misc",
    "Square": "misc",
    "UpdatePetRequest": "pets",
    "UploadPetPhotoRequest": "pets",
    "UploadPetPhotoResponse": "pets",
    "AddPetNoteRequest": "pets",
    "SearchPetsFilter": "pets",
    "SubmitContactFormRequest": "misc",
    "CreateConversationRequest": "misc",
    "ListToysResponse": "toys",
    "ListRecentToysResponse": "toys",
    "ListToysByOffsetResponse": "toys",
    "ListToysByPageResponse": "toys",
    "ListToyFeedResponse": "toys",
    "SyncToysRequest": "toys",
    "SyncToysResponse": "toys",
    "SearchToysRequest": "toys",
    "SearchToysResponse": "toys",
    "CreateReplyRequest": "misc",
    "CreateOrderRequest": "misc",
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
