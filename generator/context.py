"""One provider as every target receives it: its Api, its target options, and the work several
targets share, done once per Api (example values, each operation's request plan).

The pipeline makes one ApiContext per provider and hands the same one to every target, so the
docs pages, the snippet files and both SDK READMEs read one request plan per operation."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Callable, TypeVar

from .config import TargetOptions
from .examples import Examples
from .model import Api, Operation
from .model.digests import ModelDigests, digest
from .model.idempotency import idempotency_headers
from .model.reach import reach_index
from .model.pagination import Pagination, Paginations, paginations
from .requests import ExampleRequest, RequestPlan, build_request, example_values, request_plan

Kept = TypeVar("Kept")


class ApiContext:
    def __init__(self, api: Api, options: TargetOptions) -> None:
        self.api = api
        self.options = options
        self._plans: dict[str, RequestPlan] = {}
        self._examples: dict[str, dict[str, Any]] = {}
        self._requests: dict[str, ExampleRequest] = {}
        self._made_from: dict[str, bytes] = {}
        self._kept: dict[str, Any] = {}

    def kept(self, key: str, make: Callable[[], Kept]) -> Kept:
        """What a target makes once per provider and reuses in every part of its output emitted
        in this process (processes.py shares the parts out)."""
        if key not in self._kept:
            self._kept[key] = make()
        found: Kept = self._kept[key]
        return found

    def settle(self, memo: bool) -> None:
        """Makes now what every part reads (with `memo`, what every part's render memo looks up),
        once, before the parts are shared out between processes."""
        reach_index(self.api)
        if memo:
            self.digests.settle()

    @cached_property
    def digests(self) -> ModelDigests:
        """Digests of what each piece of the model holds (model/digests.py), for output kept between runs."""
        return ModelDigests(self.api)

    @cached_property
    def outline(self) -> bytes:
        """A digest of everything but the operations and schemas: the Api's outline and the options."""
        return digest(self.digests.outline, self.options)

    def made_from(self, operation: Operation) -> bytes:
        """A digest of everything an operation's output reads of it: the operation, the schemas it
        reaches, how it pages and the header its idempotency key goes in."""
        if operation.id not in self._made_from:
            self._made_from[operation.id] = self.digests.operation(
                operation, self.pagination(operation), self.idempotency_headers.get(operation.id))
        return self._made_from[operation.id]

    @cached_property
    def examples(self) -> Examples:
        return Examples(self.api)

    @cached_property
    def paginations(self) -> Paginations:
        """Which operations page, and how: detected, with generator.yaml's `pagination:` over it."""
        return paginations(self.api, self.options.pagination)

    @cached_property
    def idempotency_headers(self) -> dict[str, str]:
        """Operation id -> the header its idempotency key goes in, for the operations that send one."""
        return idempotency_headers(self.api.operations, self.options.idempotency_header, self.options.idempotency_headers)

    def pagination(self, operation: Operation) -> Pagination | None:
        return self.paginations.of(operation)

    def plan(self, operation: Operation) -> RequestPlan:
        if operation.id not in self._plans:
            self._plans[operation.id] = request_plan(self.api, operation)
        return self._plans[operation.id]

    def example(self, operation: Operation) -> dict[str, Any]:
        """The example request's values, by Argument.key (made once: callers only read them)."""
        if operation.id not in self._examples:
            self._examples[operation.id] = example_values(self.api, operation, self.plan(operation), self.examples)
        return self._examples[operation.id]

    def example_request(self, operation: Operation) -> ExampleRequest:
        if operation.id not in self._requests:
            self._requests[operation.id] = build_request(self.plan(operation), self.example(operation))
        return self._requests[operation.id]
