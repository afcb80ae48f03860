"""Which operations send an idempotency key: where the spec declares the header, or where
generator.yaml names one (for the provider's unsafe methods, or per operation), and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import ConfigError, load_config, target_options
from generator.model import Operation
from generator.model.idempotency import idempotency_headers
from generator.spec_to_api import load_api
from tests.conftest import REPO

KITCHENSINK = REPO / "specs" / "kitchensink" / "openapi.yaml"


@pytest.fixture(scope="module")
def operations() -> tuple[Operation, ...]:
    loaded = load_api(KITCHENSINK, "kitchensink", validate=False)
    assert loaded.api is not None
    return loaded.api.operations


def test_only_the_operation_declaring_the_header_sends_one(operations: tuple[Operation, ...]) -> None:
    assert idempotency_headers(operations, None, ()) == {"createOrder": "Idempotency-Key"}


def test_a_provider_header_covers_every_unsafe_method(operations: tuple[Operation, ...]) -> None:
    chosen = idempotency_headers(operations, "X-Once", ())
    unsafe = {op.id for op in operations if op.method in ("post", "put", "patch", "delete")}
    assert set(chosen) == unsafe and "listPets" not in chosen
    assert chosen["createPet"] == "X-Once" and chosen["createOrder"] == "Idempotency-Key"  # declared spelling wins


def test_a_per_operation_header_applies_to_that_operation_only(operations: tuple[Operation, ...]) -> None:
    assert idempotency_headers(operations, None, (("listPets", "X-Once"),)) == {
        "listPets": "X-Once", "createOrder": "Idempotency-Key",
    }


def test_generator_yaml_reaches_the_target_options(tmp_path: Path) -> None:
    (tmp_path / "generator.yaml").write_text(
        "providers:\n"
        "  a: {spec: a.yaml, idempotency_header: Idempotency-Key}\n"
        "  b: {spec: b.yaml, idempotency_header: {createPet: X-Once}}\n"
    )
    first, second = load_config(tmp_path / "generator.yaml").providers
    assert target_options(first, "1.0.0", None).idempotency_header == "Idempotency-Key"
    assert target_options(second, "1.0.0", None).idempotency_headers == (("createPet", "X-Once"),)
    (tmp_path / "generator.yaml").write_text("providers:\n  a: {spec: a.yaml, idempotency_header: [1]}\n")
    with pytest.raises(ConfigError, match="idempotency_header is a header name or a mapping"):
        load_config(tmp_path / "generator.yaml")
