"""The full Plaid spec through the gateway, every operation; and every valid OpenAPI 3.x document of the
corpus gives a gateway that routes each of its declared operations."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from generator.config import Config, ProviderConfig
from generator.gateway import create_app
from generator.gateway.errors import GatewayError
from tests.conftest import CORPUS, PLAID_FULL, REPO, require_shared
from tests.core.test_corpus import ROWS, VALID
from tests.gateway.support import Upstream, gateway, serve, upstream_app

_PARAMETER = re.compile(r"\{([^{}/]+)\}")


def concrete(path: str) -> str:
    """A request path for a template: each parameter becomes a value no literal segment has."""
    return _PARAMETER.sub(lambda m: "v-" + re.sub(r"[^A-Za-z0-9]", "", m.group(1)), path)


def test_every_operation_of_the_full_plaid_spec_goes_through() -> None:
    require_shared()
    record = Upstream()
    with serve(upstream_app(record)) as upstream:
        # One client sends all 329 requests as fast as the gateway answers: the per-client rate is not under test.
        config = Config(REPO, REPO / "generated", (ProviderConfig("plaid", PLAID_FULL, gateway={"upstream": upstream.url}),),
                        gateway={"rate_limit_per_second": 0})
        with gateway(config, environ={"PLAID_CLIENT_ID": "scale-client", "PLAID_SECRET": "scale-secret"}) as gw:
            app_gateway = create_app(config, environ={})
            operations = app_gateway.state.gateway.providers["plaid"].api.operations
            assert len(operations) == 329
            with httpx.Client(base_url=gw.url) as client:
                for operation in operations:
                    path = concrete(operation.path)
                    response = client.request(operation.method.upper(), f"/plaid{path}",
                                              content=b"{}" if operation.request_body else None,
                                              headers={"Content-Type": "application/json"})
                    assert response.status_code == 200, (operation.method, operation.path, response.text)
                    seen = record.last()
                    assert (seen.method, seen.path) == (operation.method.upper(), path)
                    expected = {r.schemes for r in operation.security}
                    if (("clientId", ()), ("secret", ())) in expected:
                        assert seen.headers["plaid-client-id"] == "scale-client"
                        assert seen.headers["plaid-secret"] == "scale-secret"
    assert len(record.requests) == 329


@pytest.mark.slow
@pytest.mark.parametrize("name", VALID or ["<corpus absent>"])
def test_a_corpus_document_gives_a_gateway_that_routes_its_operations(name: str) -> None:
    require_shared()
    spec = CORPUS / ROWS[name]["main_file"]
    app = create_app(Config(REPO, REPO / "generated", (ProviderConfig("corpus", Path(spec)),)), environ={})
    provider = app.state.gateway.providers["corpus"]
    for operation in provider.api.operations:
        path = concrete(operation.path)
        if not path.startswith("/") or "//" in path or any(s in (".", "..") for s in path.split("/")):
            continue  # a path key no HTTP request can carry as written (e.g. AWS's "/#Action")
        try:
            matched = provider.router.match(operation.method, _encoded(path))
        except GatewayError as error:
            pytest.fail(f"{operation.method.upper()} {operation.path}: {error.kind}: {error.message}")
        # Overlapping templates may resolve to a sibling; it must be one that matches the same request.
        assert matched.method == operation.method
        assert matched is operation or template_matches(matched.path, path)
        try:
            base = provider.upstream.base_url(operation, None)
        except GatewayError as error:  # relative or missing servers: the message says what to configure
            assert error.kind == "upstream_unreachable" and "gateway.upstream" in error.message
        else:
            assert base.startswith(("http://", "https://"))


def template_matches(template: str, path: str) -> bool:
    pieces = _PARAMETER.split(template)  # literal, name, literal, name, ..., literal
    pattern = "[^/]+".join(re.escape(literal) for literal in pieces[::2])
    return re.fullmatch(pattern, path) is not None


def _encoded(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/:@!$&'()*+,;=-._~")
