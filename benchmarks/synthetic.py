"""Synthetic OpenAPI documents shaped like Plaid's, of any number of operations.

POST operations whose JSON bodies and responses are objects referencing component schemas: per
operation a request, a response, an item and a nested options object, plus shared schemas.
Used by the scaling benchmark and by the cache tests (which need a spec big enough to be cached).
"""

from __future__ import annotations

from typing import Any


def synthetic_spec(operations: int) -> dict[str, Any]:
    schemas: dict[str, Any] = {
        "Error": {
            "type": "object",
            "required": ["error_code", "error_message"],
            "properties": {
                "error_code": {"type": "string", "description": "A machine-readable code."},
                "error_message": {"type": "string", "description": "A message for developers."},
                "request_id": {"type": "string"},
            },
        },
        "Status": {"type": "string", "enum": ["active", "pending", "closed"], "description": "Where the item stands."},
    }
    paths: dict[str, Any] = {}
    for i in range(operations):
        name = f"Resource{i}"
        schemas[f"{name}Options"] = {
            "type": "object",
            "description": f"Options for resource {i}.",
            "properties": {
                "count": {"type": "integer", "minimum": 1, "maximum": 500, "description": "How many to return."},
                "offset": {"type": "integer", "minimum": 0},
                "include_closed": {"type": "boolean", "nullable": True},
                "labels": {"type": "array", "items": {"type": "string"}},
            },
        }
        schemas[f"{name}GetRequest"] = {
            "type": "object",
            "required": ["client_id", "secret", "item_id"],
            "properties": {
                "client_id": {"type": "string", "description": "Your client ID."},
                "secret": {"type": "string", "description": "Your secret."},
                "item_id": {"type": "string", "description": f"The item whose resource {i} to read."},
                "options": {"$ref": f"#/components/schemas/{name}Options"},
            },
        }
        schemas[name] = {
            "type": "object",
            "required": ["id", "status"],
            "properties": {
                "id": {"type": "string"},
                "status": {"$ref": "#/components/schemas/Status"},
                "amount": {"type": "number", "format": "double", "nullable": True},
                "created": {"type": "string", "format": "date-time"},
                "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
            },
        }
        schemas[f"{name}GetResponse"] = {
            "type": "object",
            "required": ["request_id", "items"],
            "properties": {
                "request_id": {"type": "string", "description": "A unique identifier for the request."},
                "items": {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}},
                "total": {"type": "integer"},
            },
        }
        paths[f"/resource{i}/get"] = {
            "post": {
                "operationId": f"resource{i}Get",
                "summary": f"Read resource {i}",
                "description": f"Returns the resource {i} records of an item.",
                "tags": [f"group{i // 50}"],
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": f"#/components/schemas/{name}GetRequest"}}}},
                "responses": {
                    "200": {"description": "OK", "content": {"application/json": {
                        "schema": {"$ref": f"#/components/schemas/{name}GetResponse"}}}},
                    "default": {"description": "Error", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Error"}}}},
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Synthetic", "version": "1.0.0", "description": "A synthetic API for the scaling benchmark."},
        "servers": [{"url": "https://production.example.com", "description": "Production"},
                    {"url": "https://sandbox.example.com", "description": "Sandbox"}],
        "security": [{"clientId": [], "secret": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "clientId": {"type": "apiKey", "in": "header", "name": "X-Client-Id"},
                "secret": {"type": "apiKey", "in": "header", "name": "X-Secret"},
            },
        },
    }
