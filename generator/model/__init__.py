"""The intermediate model: frozen dataclasses that every target reads instead of the spec.

build.py makes an Api from what load/ returns (a SpecSet and its root); nothing here imports a
target, and load/ never imports the model."""

from ..naming.identifiers import Identifiers, OperationIdentifiers
from .api import (
    Api,
    BodyField,
    Credential,
    Header,
    Names,
    NamedSchema,
    OAuthFlow,
    Operation,
    Parameter,
    Placement,
    RequestBody,
    Response,
    SecurityRequirement,
    SecurityScheme,
    Server,
    ServerVariable,
    Tag,
)
from .types import (
    AnyType,
    ArrayType,
    Discriminator,
    IntersectionType,
    JsonScalar,
    LiteralType,
    MapType,
    ObjectType,
    Primitive,
    Property,
    RefType,
    TypeRef,
    UnionType,
)

__all__ = [
    "Api", "AnyType", "ArrayType", "BodyField", "Credential", "Discriminator", "Header", "Identifiers", "IntersectionType",
    "JsonScalar", "LiteralType", "MapType", "Names", "NamedSchema", "OAuthFlow", "ObjectType", "Operation", "OperationIdentifiers",
    "Parameter", "Placement", "Primitive", "Property", "RefType", "RequestBody", "Response", "SecurityRequirement",
    "SecurityScheme", "Server", "ServerVariable", "Tag", "TypeRef", "UnionType",
]
