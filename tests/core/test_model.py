"""The intermediate model built from specs/kitchensink (3.1) and small inline specs."""

from __future__ import annotations

from pathlib import Path

from generator.spec_to_api import load_api
from generator.model import (
    AnyType, ArrayType, IntersectionType, LiteralType, MapType, ObjectType, Primitive, RefType, UnionType,
)
from tests.conftest import REPO

KITCHENSINK = REPO / "specs" / "kitchensink" / "openapi.yaml"


def kitchensink():
    loaded = load_api(KITCHENSINK, "kitchensink")
    assert loaded.ok, [d.render() for d in loaded.diagnostics]
    return loaded.api


def test_discriminated_union_with_mapping() -> None:
    api = kitchensink()
    pet = api.schema("Pet").type
    assert isinstance(pet, UnionType) and pet.exclusive
    assert pet.discriminator is not None and pet.discriminator.property_name == "petType"
    assert pet.discriminator.mapping == (("cat", "Cat"), ("dog", "Dog"))


def test_all_of_flattens_base_properties_and_declares_the_base() -> None:
    api = kitchensink()
    cat = api.schema("Cat").type
    assert isinstance(cat, ObjectType)
    assert isinstance(api.schema("PetBase").type, ObjectType)
    names = [p.name for p in cat.properties]
    assert names[:3] == ["id", "name", "petType"] and names[-2:] == ["indoor", "lives"]
    pet_type = next(p for p in cat.properties if p.name == "petType")
    assert pet_type.type == LiteralType(("cat",)) and pet_type.required


def test_nullable_forms_of_31() -> None:
    api = kitchensink()
    base = api.schema("PetBase").type
    tag = next(p for p in base.properties if p.name == "tag")
    assert tag.type == Primitive("string", nullable=True)
    tree = api.schema("TreeNode").type
    parent = next(p for p in tree.properties if p.name == "parent")
    assert parent.type == RefType("TreeNode", nullable=True)
    children = next(p for p in tree.properties if p.name == "children")
    assert children.type == ArrayType(RefType("TreeNode"))
    details = next(p for p in api.schema("Error").type.properties if p.name == "details")
    assert details.type == MapType(AnyType(), nullable=True)


def test_type_arrays_const_and_maps() -> None:
    api = kitchensink()
    status = {p.name: p for p in api.schema("Status").type.properties}
    assert status["uptime_seconds"].type == UnionType((Primitive("integer"), Primitive("number")))
    assert status["mode"].type == LiteralType(("live",))
    assert api.schema("Inventory").type == MapType(Primitive("integer"))


def test_inline_objects_are_hoisted_under_their_title_or_context() -> None:
    api = kitchensink()
    keys = [s.key for s in api.schemas]
    assert "Circle" in keys and "Square" in keys
    assert "UploadPetPhotoRequest" in keys and "SearchPetsFilter" in keys


def test_parameters_styles_and_argument_names() -> None:
    api = kitchensink()
    ops = {o.id: o for o in api.operations}
    listing = {p.name: p for p in ops["listPets"].parameters}
    assert (listing["tags"].style, listing["tags"].explode) == ("form", False)
    assert (listing["X-Trace-Id"].names.ts, listing["X-Trace-Id"].names.py) == ("xTraceId", "x_trace_id")
    assert listing["limit"].default == 20 and listing["limit"].has_default
    search = {p.name: p for p in ops["searchPets"].parameters}
    assert search["filter"].style == "deepObject" and search["ids"].style == "pipeDelimited"
    get_pet = ops["getPet"]
    assert [p.names.py for p in get_pet.parameters] == ["pet_id"]
    assert get_pet.parameters[0].example == 42  # path-level parameter inherited


def test_bodies_responses_and_security() -> None:
    api = kitchensink()
    ops = {o.id: o for o in api.operations}
    assert ops["uploadPetPhoto"].request_body.kind == "multipart"
    assert ops["submitContactForm"].request_body.kind == "form"
    assert ops["downloadPetPhoto"].success_response.kind == "binary"
    assert ops["deletePet"].success_response.kind == "empty"
    assert [f.names.py for f in ops["createPet"].request_body.fields][-1] == "n_123_code"
    assert ops["getStatus"].security == ()
    assert ops["getInventory"].security[0].schemes == (("oauth2", ("inventory:read",)),)
    assert ops["searchPets"].deprecated
    oauth = api.scheme("oauth2")
    assert oauth.client_credentials_flow is not None and oauth.client_credentials_flow.token_url == "/oauth/token"
    assert [c.env_var for c in oauth.credentials] == ["KITCHENSINK_OAUTH2_CLIENT_ID", "KITCHENSINK_OAUTH2_CLIENT_SECRET"]


def test_servers_become_named_environments() -> None:
    api = kitchensink()
    assert [(s.environment, s.default_url) for s in api.servers] == [
        ("production", "https://us.api.kitchensink.example/v1"),
        ("sandbox", "https://sandbox.kitchensink.example/v1"),
    ]


def test_operation_without_id_and_colliding_names(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n"
        "  /users/{id}/pets:\n    get:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n"
        "      responses: {'200': {description: ok}}\n"
        "  /a:\n    get:\n      operationId: get-thing\n      responses: {'200': {description: ok}}\n"
        "  /b:\n    get:\n      operationId: getThing\n      responses: {'200': {description: ok}}\n"
    )
    api = load_api(spec, "t").api
    names = [(o.names.ts, o.names.py) for o in api.operations]
    assert names == [("getusersbyidpets", "get_users_by_id_pets"), ("getthing", "get_thing"), ("getthing2", "get_thing_2")]


def test_openapi_32_is_read_as_31_with_a_warning(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: 3.2.0\ninfo: {title: T, version: '1'}\npaths: {}\n")
    loaded = load_api(spec, "t")
    assert loaded.ok
    assert any("read as 3.1" in d.message for d in loaded.diagnostics)


def test_allof_with_a_union_part_stays_an_intersection(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {type: object, properties: {a: {type: string}}}\n"
        "    U: {oneOf: [{type: string}, {type: integer}]}\n"
        "    Both: {allOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/U'}]}\n"
    )
    api = load_api(spec, "t").api
    assert api.schema("Both").type == IntersectionType((RefType("A"), RefType("U")))


def test_properties_beside_a_union_become_their_own_object(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Mixed:\n      properties: {id: {type: string}}\n      required: [id]\n"
        "      oneOf: [{type: object, properties: {a: {type: string}}}, {type: object, properties: {b: {type: integer}}}]\n"
    )
    api = load_api(spec, "t").api
    mixed = api.schema("Mixed").type
    assert isinstance(mixed, IntersectionType)
    own, union = mixed.parts
    assert isinstance(own, RefType) and own.key != "Mixed"
    own_type = api.schema(own.key).type
    assert isinstance(own_type, ObjectType) and [p.name for p in own_type.properties] == ["id"]
    assert isinstance(union, UnionType) and len(union.variants) == 2
