"""The error class an SDK raises for an answer's status, one table for every language, and the
error bodies each class can carry for one API (the schemas its operations declare).

A class's body is the union of the JSON schemas declared for the statuses it is raised for
(exact statuses, `4XX`/`5XX` ranges and `default`); a family class (ClientError) also carries
its subclasses' bodies, so a subclass only ever narrows its parent's type."""

from __future__ import annotations

from dataclasses import dataclass

from .api import Api, Operation, Response
from .types import TypeRef


@dataclass(frozen=True)
class ErrorClass:
    """One exception class the SDKs raise for error responses."""

    name: str
    parent: str  # APIStatusError (the runtime's base) or a family class of this table
    doc: str
    statuses: tuple[int, ...] = ()  # raised for exactly these; () for a family's fallback
    family: str = ""  # "4" or "5": the fallback for that status family; "" otherwise


STATUS_ERROR_CLASSES: tuple[ErrorClass, ...] = (
    ErrorClass("ClientError", "APIStatusError", "Any 4xx answer without a class of its own.", family="4"),
    ErrorClass("BadRequestError", "ClientError", "400 Bad Request.", (400,)),
    ErrorClass("AuthenticationError", "ClientError", "401 Unauthorized.", (401,)),
    ErrorClass("PermissionDeniedError", "ClientError", "403 Forbidden.", (403,)),
    ErrorClass("NotFoundError", "ClientError", "404 Not Found.", (404,)),
    ErrorClass("ConflictError", "ClientError", "409 Conflict.", (409,)),
    ErrorClass("UnprocessableEntityError", "ClientError", "422 Unprocessable Entity.", (422,)),
    ErrorClass("RateLimitError", "ClientError", "429 Too Many Requests.", (429,)),
    ErrorClass("ServerError", "APIStatusError", "Any 5xx answer without a class of its own.", family="5"),
    ErrorClass("InternalServerError", "ServerError", "500 Internal Server Error.", (500,)),
    ErrorClass("ServiceUnavailableError", "ServerError", "503 Service Unavailable.", (503,)),
    ErrorClass("UnexpectedStatusError", "APIStatusError", "Any other status that is not a success (1xx, 3xx)."),
)


def error_class_name(status: int) -> str:
    """The class raised for one status, by the table above."""
    for cls in STATUS_ERROR_CLASSES:
        if status in cls.statuses:
            return cls.name
    family = str(status)[:1]
    for cls in STATUS_ERROR_CLASSES:
        if cls.family and cls.family == family:
            return cls.name
    return "UnexpectedStatusError"


def statuses_text(statuses: tuple[int, ...], family: str) -> str:
    """The statuses a class is raised for, as the READMEs list them."""
    if statuses:
        return ", ".join(map(str, statuses))
    return f"other {family}xx" if family else "other non-2xx"


def _reaches(response: Response, cls: ErrorClass) -> bool:
    """Whether an answer declared under `response.status` can be raised as `cls`."""
    status = response.status
    if status == "default":
        return True
    if status.endswith("XX"):
        return bool(cls.family == status[0] or any(str(s)[0] == status[0] for s in cls.statuses))
    if not status.isdigit():
        return False
    return error_class_name(int(status)) == cls.name


def declared_error_bodies(operation: Operation) -> tuple[Response, ...]:
    """The operation's error answers with a JSON schema, most specific status first (400, 4XX, default)."""
    typed = [r for r in operation.error_responses if r.kind == "json" and r.type is not None]
    return tuple(sorted(typed, key=lambda r: (r.status == "default", r.status.endswith("XX"), r.status)))


@dataclass(frozen=True)
class ErrorClassBody:
    """An exception class with the body types its responses may carry."""

    cls: ErrorClass
    types: tuple[TypeRef, ...]  # () with typed: never carries a body; () without: untyped
    typed: bool  # the API declares error bodies somewhere: bodies are the declared ones only


def error_class_bodies(api: Api) -> tuple[ErrorClassBody, ...]:
    """Each class of the table with the body types the API's operations declare for it."""
    own: dict[str, list[TypeRef]] = {cls.name: [] for cls in STATUS_ERROR_CLASSES}
    for operation in api.operations:
        for response in declared_error_bodies(operation):
            for cls in STATUS_ERROR_CLASSES:
                if _reaches(response, cls) and response.type is not None and response.type not in own[cls.name]:
                    own[cls.name].append(response.type)
    for cls in STATUS_ERROR_CLASSES:
        if cls.parent in own:
            own[cls.parent].extend(t for t in own[cls.name] if t not in own[cls.parent])
    # Where the API declares error bodies, an answer the operation declares no body for carries
    # None/undefined (its bytes stay on the response) so that the declared types never lie.
    typed = any(own.values())
    return tuple(ErrorClassBody(cls, tuple(own[cls.name]), typed) for cls in STATUS_ERROR_CLASSES)
