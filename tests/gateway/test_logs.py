"""One access-log line per request, with method, provider, operation, status and duration; no secret
in any log record or any error the gateway makes."""

from __future__ import annotations

import logging
import re

import httpx
import pytest

from tests.gateway.support import OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET, OAUTH_TOKEN, Upstream, config, gateway, serve, upstream_app

CONFIGURED = {
    "KITCHENSINK_BEARER_AUTH": "log-bearer-c0ffee",
    "KITCHENSINK_BASIC_AUTH_USERNAME": "log-user-name",
    "KITCHENSINK_BASIC_AUTH_PASSWORD": "log-pass-beef",
    "KITCHENSINK_API_KEY_QUERY": "log-query-key-f00d",
    "KITCHENSINK_API_KEY_COOKIE": "log-cookie-key-d00d",
    "KITCHENSINK_OAUTH2_CLIENT_ID": OAUTH_CLIENT_ID,
    "KITCHENSINK_OAUTH2_CLIENT_SECRET": OAUTH_CLIENT_SECRET,
}
FROM_ENVIRONMENT = {"PLAID_CLIENT_ID": "log-plaid-client-env", "PLAID_SECRET": "log-plaid-secret-env"}
FROM_PAGE = {"X-Gateway-Credential-KITCHENSINK-API-KEY-HEADER": "log-page-header-key-a11"}
SECRETS = [*CONFIGURED.values(), *FROM_ENVIRONMENT.values(), *FROM_PAGE.values(), OAUTH_TOKEN]
LINE = re.compile(r"^method=(\S+) provider=(\S+) operation=(\S+) status=(\S+) duration_ms=\d+\.\d( request_id=\S+)?( \S+)?$")


def test_logs_hold_one_line_per_request_and_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    record = Upstream()
    with serve(upstream_app(record)) as upstream:
        cfg = config({"kitchensink": {"upstream": upstream.url + "/v1", "credentials": CONFIGURED,
                                      "allow_page_credentials": True},
                      "plaid": {"upstream": upstream.url}}, timeout_seconds=0.5, max_body_bytes=64)
        with gateway(cfg, environ=FROM_ENVIRONMENT) as gw:
            base = gw.url
            calls = [
                ("GET", f"{base}/kitchensink/pets?limit=1", 200),
                ("DELETE", f"{base}/kitchensink/pets/3", 200),
                ("GET", f"{base}/kitchensink/search?q=x&api_key=log-query-key-f00d", 200),
                ("POST", f"{base}/kitchensink/contact", 200),
                ("GET", f"{base}/kitchensink/store/inventory", 200),
                ("POST", f"{base}/kitchensink/pets", 200),
                ("POST", f"{base}/plaid/identity/refresh", 200),
                ("GET", f"{base}/kitchensink/status?mode=hang", 504),
                ("GET", f"{base}/kitchensink/nowhere", 404),
                ("POST", f"{base}/plaid/identity/refresh?pad=" + "x" * 10, 200),
            ]
            for method, url, status in calls:
                body = b"{}" if method in ("POST",) else None
                response = httpx.request(method, url, headers=FROM_PAGE, content=body, timeout=10)
                assert response.status_code == status, (url, response.text)
            record.proceed.set()  # the hanging request is answered; let the upstream finish it
            # A secret that finds its way into an error message comes back redacted.
            echoed = httpx.get(f"{base}/kitchensink/status", headers={"X-Gateway-Environment": "log-bearer-c0ffee"})
            assert echoed.status_code == 400
            assert "log-bearer-c0ffee" not in echoed.text and "[redacted]" in echoed.text
            too_big = httpx.post(f"{base}/plaid/identity/refresh", content=b"{" + b" " * 100 + b"}")
            assert too_big.status_code == 413
    assert record.requests[0].headers["authorization"] == "Bearer log-bearer-c0ffee"  # the secrets were really used
    access = [r.getMessage() for r in caplog.records if r.name == "utdk.gateway.access"]
    assert len(access) == len(calls) + 2
    parsed = [LINE.match(line) for line in access]
    assert all(parsed), access
    assert [m.group(4) for m in parsed if m] == [str(s) for _, _, s in calls] + ["400", "413"]
    first = parsed[0]
    assert first is not None and first.groups()[:4] == ("GET", "kitchensink", "listPets", "200")
    assert first.group(5) == " request_id=upstream-req-42"
    assert any(line.startswith("method=GET provider=kitchensink operation=- status=404") for line in access)
    # The test's own HTTP client (httpx) logs the URLs it was given, page credentials included; every
    # other logger in this process is the gateway's or a library it uses.
    gateway_records = [r for r in caplog.records if r.name.split(".")[0] not in ("httpx", "httpcore")]
    everything = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in gateway_records)
    for secret in SECRETS:
        assert secret not in everything, f"a secret reached the logs: {secret}"
