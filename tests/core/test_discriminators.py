"""Which discriminator value selects which variant: the mapping, then the variants' own values,
then the schema name for a variant that leaves the property open; odd cases are located warnings."""

from __future__ import annotations

from pathlib import Path

from generator.spec_to_api import load_api
from generator.model import Api, UnionType

SPEC = """
openapi: 3.1.0
info: {title: Events, version: 1.0.0}
paths: {}
components:
  schemas:
    Clean:
      oneOf:
        - $ref: '#/components/schemas/Created'
        - $ref: '#/components/schemas/Deleted'
        - $ref: '#/components/schemas/Renamed'
        - $ref: '#/components/schemas/Moved'
      discriminator: {propertyName: kind, mapping: {moved: '#/components/schemas/Moved'}}
    Mixed:
      anyOf:
        - $ref: '#/components/schemas/Created'
        - $ref: '#/components/schemas/Open'
      discriminator: {propertyName: kind}
    Clash:
      oneOf:
        - $ref: '#/components/schemas/Created'
        - $ref: '#/components/schemas/AlsoCreated'
        - $ref: '#/components/schemas/Moved'
      discriminator: {propertyName: kind, mapping: {teleported: '#/components/schemas/Moved'}}
    Base:
      type: object
      required: [kind]
      properties: {kind: {type: string}}
    Created:
      type: object
      required: [kind]
      properties: {kind: {type: string, enum: [created]}}
    AlsoCreated:
      type: object
      properties: {kind: {const: created}}
    Deleted:
      allOf:
        - $ref: '#/components/schemas/Base'
        - properties: {kind: {const: deleted}}
    Renamed:
      type: object
      properties: {kind: {$ref: '#/components/schemas/RenamedKind'}}
    RenamedKind: {type: string, enum: [renamed]}
    Moved:
      type: object
      properties: {kind: {type: string, enum: [moved]}, to: {type: string}}
    Open:
      type: object
      properties: {kind: {type: string}}
"""


def _load(tmp_path: Path) -> tuple[Api, list[str]]:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC)
    loaded = load_api(spec, "events", validate=False)
    assert isinstance(loaded.api, Api)
    return loaded.api, [d.render() for d in loaded.diagnostics if d.code == "discriminator"]


def _mapping(api: Api, key: str) -> tuple[tuple[str, str], ...]:
    union = api.schema(key).type
    assert isinstance(union, UnionType) and union.discriminator is not None
    return union.discriminator.mapping


def test_variants_are_identified_by_their_own_values_directly_through_all_of_and_refs(tmp_path: Path) -> None:
    api, _ = _load(tmp_path)
    assert _mapping(api, "Clean") == (("moved", "Moved"), ("created", "Created"), ("deleted", "Deleted"), ("renamed", "Renamed"))


def test_open_variant_keeps_its_schema_name_with_a_located_warning(tmp_path: Path) -> None:
    api, warnings = _load(tmp_path)
    assert _mapping(api, "Mixed") == (("created", "Created"), ("Open", "Open"))
    [mixed] = [w for w in warnings if "/Mixed/" in w]
    assert "#/components/schemas/Mixed/discriminator: Open leaves `kind` open" in mixed
    assert ": warning: " in mixed and mixed.split(":")[1].isdigit()


def test_conflicting_values_are_warned_and_the_first_claim_wins(tmp_path: Path) -> None:
    api, warnings = _load(tmp_path)
    assert _mapping(api, "Clash") == (("teleported", "Moved"), ("created", "Created"))
    clash = sorted(w.split(": ", 2)[-1] for w in warnings if "/Clash/" in w)
    assert clash == [
        "#/components/schemas/Clash/discriminator: AlsoCreated and Created both stand for `kind` 'created'; it selects Created",
        "#/components/schemas/Clash/discriminator: mapping sends 'teleported' to Moved, whose `kind` allows only 'moved'",
    ]
