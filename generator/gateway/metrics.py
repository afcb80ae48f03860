"""Prometheus metrics at /metrics: requests, latency, upstream errors and refusals, per provider and
operation (names from the model only, so the label sets stay as small as the specs).

With several worker processes (`--workers N`) each writes to PROMETHEUS_MULTIPROC_DIR and /metrics
adds them up (prometheus_client's multiprocess mode)."""

from __future__ import annotations

import os
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector
from starlette.requests import Request
from starlette.responses import Response

from .errors import UPSTREAM_FAILURES

MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Metrics:
    def __init__(self) -> None:
        # One registry per app, so several gateways in one process (tests, embedding) stay apart.
        self.registry = CollectorRegistry()
        by_operation = ("provider", "operation")
        self.requests = Counter("utdk_gateway_requests", "Requests answered, by status code",
                                (*by_operation, "status"), registry=self.registry)
        self.latency = Histogram("utdk_gateway_request_duration_seconds", "Time to answer, upstream included",
                                 by_operation, buckets=_LATENCY_BUCKETS, registry=self.registry)
        self.upstream_errors = Counter("utdk_gateway_upstream_errors", "Upstreams unreachable or too slow",
                                       (*by_operation, "kind"), registry=self.registry)
        self.refusals = Counter("utdk_gateway_refusals", "Requests the gateway refused, by kind",
                                ("provider", "kind"), registry=self.registry)
        # Looking a labelled child up costs more than counting with it: each is looked up once. The labels
        # come from the model and the status code, so this holds no more than the registry itself does.
        self._answered: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    def observe(self, provider: str, operation: str, status: int, seconds: float, error_kind: str | None) -> None:
        key = (provider, operation, status)
        children = self._answered.get(key)
        if children is None:
            children = self._answered[key] = (self.requests.labels(provider, operation, str(status)),
                                              self.latency.labels(provider, operation))
        children[0].inc()
        children[1].observe(seconds)
        if error_kind in UPSTREAM_FAILURES:
            self.upstream_errors.labels(provider, operation, error_kind).inc()
        elif error_kind:
            self.refusals.labels(provider, error_kind).inc()

    async def endpoint(self, request: Request) -> Response:
        registry = self.registry
        if os.environ.get(MULTIPROCESS_DIR):
            registry = CollectorRegistry()
            MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST, headers={"Cache-Control": "no-store"})
