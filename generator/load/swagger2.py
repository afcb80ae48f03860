"""Swagger 2.0 read as the OpenAPI 3.0 document the model is built from.

One pass rewrites the root document and every part of another file its $refs reach: whole 2.0
documents are converted like the root, parts of other files (schemas shared between documents)
where they are. Parameters, responses and path items reached by $ref are written in place, since
their 2.0 and 3.0 forms differ; schema $refs are kept, pointing at the schema's new place.
Each converted part records where it was written (Origins), so a diagnostic found later still
names the 2.0 source's file, pointer, line and column.
"""

from __future__ import annotations

import copy
import os
from typing import Any
from urllib.parse import quote

from ..diagnostics import Diagnostics, join_pointer, split_pointer
from .origins import Origins
from .refs import Located, SpecSet

CONVERTED_VERSION = "3.0.3"
_JSON = "application/json"
_URLENCODED = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_LOCATIONS = ("path", "query", "header", "body", "formData")
_OPERATION_FIELDS = ("tags", "summary", "description", "externalDocs", "operationId", "deprecated", "security")
_PARAMETER_FIELDS = ("name", "in", "description", "required", "allowEmptyValue", "deprecated")
_VALUE_SCHEMA_FIELDS = ("type", "format", "items", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
                        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "enum", "multipleOf",
                        "x-nullable")
# collectionFormat → (style, explode) in a query string or form; a path or header is always `simple`
_COLLECTION_STYLE = {"csv": ("form", False), "ssv": ("spaceDelimited", False), "pipes": ("pipeDelimited", False),
                     "multi": ("form", True)}
# 2.0 oauth2 `flow` → 3.0 flow name and the URLs it carries
_FLOWS = {"implicit": ("implicit", ("authorizationUrl",)), "password": ("password", ("tokenUrl",)),
          "application": ("clientCredentials", ("tokenUrl",)), "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl"))}
_SCHEMA_MAPS = ("properties", "patternProperties")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SCHEMA_ONE = ("items", "additionalProperties", "not")


def is_swagger(document: Any) -> bool:
    return isinstance(document, dict) and "swagger" in document and "openapi" not in document


def convert_swagger(specs: SpecSet) -> dict[str, Any] | None:
    """Replace the set's Swagger 2.0 root, and what its $refs reach, with their OpenAPI 3.0 form.

    Returns the document as written (it is validated as 2.0); None when its version is not 2.0."""
    root = specs.root()
    assert root is not None and isinstance(root.value, dict)
    version = root.value.get("swagger")
    if str(version) != "2.0":
        specs.diagnostics.error(root.file, "/swagger", f"unsupported Swagger version {version!r}: 2.0, 3.0.x and 3.1.x are supported", "version")
        return None
    outer = specs.diagnostics
    # What conversion finds is located in the 2.0 source as written, not through Origins.
    specs.diagnostics = Diagnostics()
    try:
        converter = _Converter(specs)
        converter.run()
        found = specs.diagnostics.items
    finally:
        specs.diagnostics = outer
    for d in found:
        line, col = (d.line, d.col) if d.line else specs.position(d.file, d.pointer)
        outer.add(d.level, d.file, d.pointer, d.message, d.code, line, col)
    for file, data in converter.files.items():
        specs.adopt(file, data, converter.origins.get(file))
    return root.value


class _Converter:
    def __init__(self, specs: SpecSet) -> None:
        self.specs = specs
        self.files: dict[str, Any] = {}
        self.origins: dict[str, Origins] = {}
        self._documents: list[str] = [specs.root_file]
        self._fragments: list[Located] = []
        self._queued: set[tuple[str, str]] = {(specs.root_file, "")}
        self._documents_by_file: dict[str, bool] = {}
        self.consumes: list[str] = [_JSON]
        self.produces: list[str] = [_JSON]
        self._definitions: dict[str, Any] = {}
        self._definitions_file = specs.root_file

    def run(self) -> None:
        while self._documents or self._fragments:
            if self._documents:
                self._document(self._documents.pop(0))
            else:
                self._fragment(self._fragments.pop(0))

    def _place(self, home: str, at: str, source: Located) -> None:
        self.origins.setdefault(home, Origins()).record(at, source.file, source.pointer)

    def _warn(self, node: Located, pointer_suffix: str, message: str, code: str) -> None:
        self.specs.diagnostics.warning(node.file, node.pointer + pointer_suffix, message, code)

    # -- documents and fragments ------------------------------------------------------------------
    def _document(self, file: str) -> None:
        src = self.specs.source(file)
        if src is None:
            return
        doc: dict[str, Any] = src.data
        root = Located(doc, file, "")
        self.consumes = _media_types(doc.get("consumes"), [_JSON])
        self.produces = _media_types(doc.get("produces"), [_JSON])
        self._definitions = doc["definitions"] if isinstance(doc.get("definitions"), dict) else {}
        self._definitions_file = file
        out: dict[str, Any] = {"openapi": CONVERTED_VERSION}
        self._place(file, "/openapi", root.child("swagger"))
        for key, value in doc.items():
            if key in ("info", "tags", "externalDocs", "security") or str(key).startswith("x-"):
                out[key] = value
        servers = _servers(doc)
        if servers:
            out["servers"] = servers
            self._place(file, "/servers", root.child("host") if "host" in doc else root.child("basePath"))
        components: dict[str, Any] = {}
        for old, new, convert in (("definitions", "schemas", self._schema), ("parameters", "parameters", self._shared_parameter),
                                  ("responses", "responses", self._response), ("securityDefinitions", "securitySchemes", self._security_scheme)):
            if isinstance(doc.get(old), dict):
                placed = {}
                for name in doc[old]:
                    converted = convert(root.child(old, name), file, join_pointer("/components", new, name))
                    if converted is not None:
                        placed[name] = converted
                components[new] = placed
                self._place(file, "/components/" + new, root.child(old))
        if isinstance(doc.get("paths"), dict):
            out["paths"] = {
                key: value if str(key).startswith("x-") else self._path_item(root.child("paths", key), file, join_pointer("/paths", key))
                for key, value in doc["paths"].items()
            }
        elif "paths" in doc:
            out["paths"] = doc["paths"]
        if components:
            out["components"] = components
        self.files[file] = out

    def _fragment(self, node: Located) -> None:
        """A schema in a file that is not a 2.0 document: converted where it is."""
        if node.file not in self.files:
            src = self.specs.source(node.file)
            self.files[node.file] = copy.deepcopy(src.data) if src is not None else None
        converted = self._schema(node, node.file, node.pointer)
        tokens = split_pointer(node.pointer)
        if not tokens:
            self.files[node.file] = converted
            return
        container = self.files[node.file]
        for token in tokens[:-1]:
            container = container[int(token)] if isinstance(container, list) else container[token]
        container[int(tokens[-1]) if isinstance(container, list) else tokens[-1]] = converted

    def _is_document(self, file: str) -> bool:
        if file not in self._documents_by_file:
            src = self.specs.source(file)
            self._documents_by_file[file] = src is not None and is_swagger(src.data)
        return self._documents_by_file[file]

    def _ref_text(self, target: Located, home: str) -> str:
        """The $ref, written in `home`, to a schema's converted place; that place is converted too."""
        pointer = target.pointer
        if self._is_document(target.file):
            if pointer.startswith("/definitions/"):
                pointer = "/components/schemas/" + pointer[len("/definitions/"):]
            if (target.file, "") not in self._queued:
                self._queued.add((target.file, ""))
                self._documents.append(target.file)
        elif (target.file, target.pointer) not in self._queued:
            self._queued.add((target.file, target.pointer))
            self._fragments.append(target)
        file_part = ""
        if target.file != home:  # display names are one per file
            file_part = quote(os.path.relpath(os.path.abspath(target.file), os.path.dirname(os.path.abspath(home))))
        return file_part + "#" + quote(pointer)

    # -- schemas ------------------------------------------------------------------------------------
    def _schema(self, node: Located, home: str, at: str = "") -> Any:
        schema = node.value
        if not isinstance(schema, dict):
            return schema
        if "$ref" in schema:
            ref = self._short_ref(schema["$ref"], node)
            target = self.specs.resolve_ref(ref, node)
            # a reference to nothing is an untyped value in that one place (the warning is reported)
            reference = {} if target is None else {"$ref": self._ref_text(target, home)}
            if schema.get("x-nullable") is True:
                # beside a $ref the keyword would be ignored; this is how 3.0 says "that, or null"
                return {"allOf": [reference], "nullable": True}
            return reference
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key == "x-nullable":
                if value is True:
                    out["nullable"] = True
            elif key == "discriminator" and isinstance(value, str):
                out[key] = {"propertyName": value}
            elif key == "type" and value == "file":
                out.update(type="string", format="binary")
            elif key in _SCHEMA_MAPS and isinstance(value, dict):
                # keys here are property names, even one literally named `$ref`
                out[key] = {name: self._schema(node.child(key, name), home) for name in value}
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                out[key] = [self._schema(node.child(key, i), home) for i in range(len(value))]
            elif key in _SCHEMA_ONE and isinstance(value, dict):
                out[key] = self._schema(node.child(key), home)
            else:
                out[key] = value
        return out

    def _short_ref(self, ref: Any, node: Located) -> Any:
        """`$ref: Pet` in a 2.0 document, as Swagger 1.2 wrote it, is read as its definition `Pet`."""
        if not isinstance(ref, str) or any(c in ref for c in "#/.") or node.file != self._definitions_file or ref not in self._definitions:
            return ref
        self._warn(node, "/$ref", f"$ref {ref!r} is read as '#/definitions/{ref}'", "ref")
        return "#/definitions/" + quote(ref)

    def _value_schema(self, node: Located, home: str) -> dict[str, Any]:
        """The schema a 2.0 parameter, header or form field writes inline in itself."""
        raw = node.value
        fields = {k: raw[k] for k in _VALUE_SCHEMA_FIELDS if k in raw}
        converted: dict[str, Any] = self._schema(Located(fields, node.file, node.pointer), home)
        return converted

    # -- parameters and bodies ---------------------------------------------------------------------
    def _parameters(self, owner: Located) -> list[Located]:
        """The owner's parameters, references followed; ones that cannot be read are left out, with a warning."""
        raw = owner.get("parameters")
        found: list[Located] = []
        for i in range(len(raw) if isinstance(raw, list) else 0):
            target = self.specs.deref(owner.child("parameters", i))
            if target is None or not isinstance(target.value, dict):
                continue
            location = target.value.get("in")
            if location not in _LOCATIONS or not isinstance(target.value.get("name"), str):
                self._warn(target, "/in" if "in" in target.value else "",
                           f"parameter location {location!r} is not path, query, header, body or formData "
                           "(or the parameter has no name): it is left out", "parameter")
                continue
            found.append(target)
        return found

    def _parameter(self, node: Located, home: str, at: str) -> dict[str, Any]:
        raw = node.value
        out = {k: raw[k] for k in _PARAMETER_FIELDS if k in raw}
        out.update((k, v) for k, v in raw.items() if str(k).startswith("x-") and k not in ("x-example", "x-nullable"))
        if "x-example" in raw:
            out["example"] = raw["x-example"]
        out["schema"] = self._value_schema(node, home)
        style = self._collection_style(node, raw["in"])
        if style is not None:
            out["style"], out["explode"] = style
        self._place(home, at, node)
        self._place(home, at + "/schema", node)
        return out

    def _shared_parameter(self, node: Located, home: str, at: str) -> dict[str, Any] | None:
        """A `parameters` entry: body and form fields become parts of request bodies where used."""
        target = self.specs.deref(node)
        if target is None or not isinstance(target.value, dict) or target.value.get("in") not in ("path", "query", "header"):
            return None
        return self._parameter(target, home, at)

    def _collection_style(self, node: Located, location: str) -> tuple[str, bool] | None:
        raw = node.value
        if raw.get("type") != "array":
            return None
        written = raw.get("collectionFormat", "csv")
        if written not in _COLLECTION_STYLE:
            self._warn(node, "/collectionFormat", f"collectionFormat {written!r} has no OpenAPI 3 style: read as csv", "parameter")
            written = "csv"
        if location in ("path", "header"):
            return ("simple", False)
        return _COLLECTION_STYLE[written]

    def _request_body(self, bodies: list[Located], fields: list[Located], consumes: list[str], home: str, at: str) -> dict[str, Any]:
        if bodies:
            body = bodies[-1]
            schema = self._schema(body.child("schema"), home) if "schema" in body.value else {}
            media = consumes
            out: dict[str, Any] = {k: v for k, v in body.value.items() if k == "description" or (str(k).startswith("x-") and k != "x-examples")}
            examples = body.value.get("x-examples") if isinstance(body.value.get("x-examples"), dict) else {}
            out["content"] = {m: dict({"schema": schema}, **({"example": examples[m]} if m in examples else {})) for m in media}
            if body.value.get("required") is True:
                out["required"] = True
            self._place(home, at, body)
            for m in media:
                self._place(home, join_pointer(at, "content", m, "schema"), body.child("schema"))
            return out
        properties: dict[str, Any] = {}
        required: list[str] = []
        encoding: dict[str, Any] = {}
        for field in fields:
            name = field.value["name"]
            schema = self._value_schema(field, home)
            if isinstance(field.value.get("description"), str):
                schema["description"] = field.value["description"]
            properties[name] = schema
            if field.value.get("required") is True:
                required.append(name)
            style = self._collection_style(field, "formData")
            if style is not None:
                encoding[name] = {"style": style[0], "explode": style[1]}
        has_file = any(f.value.get("type") == "file" for f in fields)
        media = [_MULTIPART] if has_file else [m for m in consumes if m in (_URLENCODED, _MULTIPART)] or [_URLENCODED]
        object_schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            object_schema["required"] = required
        content: dict[str, Any] = {}
        for m in media:
            content[m] = {"schema": object_schema}
            if encoding and m == _URLENCODED:
                content[m]["encoding"] = encoding
            for field in fields:
                self._place(home, join_pointer(at, "content", m, "schema", "properties", field.value["name"]), field)
        self._place(home, at, fields[0])
        return {"content": content, **({"required": True} if required else {})}

    # -- paths and operations ------------------------------------------------------------------------
    def _path_item(self, node: Located, home: str, at: str) -> Any:
        item = self.specs.deref(node)
        if item is None or not isinstance(item.value, dict):
            return {}
        self._place(home, at, item)
        out: dict[str, Any] = {k: v for k, v in item.value.items() if str(k).startswith("x-")}
        shared = self._parameters(item)
        plain = [p for p in shared if p.value["in"] not in ("body", "formData")]
        if plain:
            out["parameters"] = [self._parameter(p, home, join_pointer(at, "parameters", i)) for i, p in enumerate(plain)]
        for method in _METHODS:
            if isinstance(item.value.get(method), dict):
                out[method] = self._operation(item.child(method), home, join_pointer(at, method), shared)
        return out

    def _operation(self, op: Located, home: str, at: str, shared: list[Located]) -> dict[str, Any]:
        raw = op.value
        out: dict[str, Any] = {k: v for k, v in raw.items() if k in _OPERATION_FIELDS or str(k).startswith("x-")}
        own = self._parameters(op)
        own_keys = {(p.value["name"], p.value["in"]) for p in own}
        inherited = [p for p in shared if p.value["in"] in ("body", "formData") and (p.value["name"], p.value["in"]) not in own_keys]
        plain = [p for p in own if p.value["in"] not in ("body", "formData")]
        if plain:
            out["parameters"] = [self._parameter(p, home, join_pointer(at, "parameters", i)) for i, p in enumerate(plain)]
        bodies = [p for p in inherited + own if p.value["in"] == "body"]
        fields = [p for p in inherited + own if p.value["in"] == "formData"]
        if bodies or fields:
            consumes = _media_types(raw["consumes"], [_JSON]) if "consumes" in raw else self.consumes
            out["requestBody"] = self._request_body(bodies, fields, consumes, home, at + "/requestBody")
        if isinstance(raw.get("responses"), dict):
            produces = _media_types(raw["produces"], [_JSON]) if "produces" in raw else self.produces
            out["responses"] = {
                status: self._response(op.child("responses", status), home, join_pointer(at, "responses", status), produces)
                for status in raw["responses"]
            }
        elif "responses" in raw:
            out["responses"] = raw["responses"]
        if isinstance(raw.get("schemes"), list):
            root = self.specs.source(op.file)
            servers = _servers(dict(root.data if root is not None and isinstance(root.data, dict) else {}, schemes=raw["schemes"]))
            if servers:
                out["servers"] = servers
                self._place(home, at + "/servers", op.child("schemes"))
        return out

    def _response(self, node: Located, home: str, at: str, produces: list[str] | None = None) -> dict[str, Any]:
        target = self.specs.deref(node)
        media = produces or self.produces
        if target is None or not isinstance(target.value, dict):
            # what the reference meant is unknown: an untyped body (the warning is reported)
            return {"description": "", "content": {media[0]: {"schema": {}}}}
        raw = target.value
        self._place(home, at, target)
        out: dict[str, Any] = {k: v for k, v in raw.items() if k == "description" or str(k).startswith("x-")}
        if isinstance(raw.get("headers"), dict):
            out["headers"] = {name: self._header(target.child("headers", name), home, join_pointer(at, "headers", name)) for name in raw["headers"]}
        content: dict[str, Any] = {}
        if "schema" in raw:
            schema = self._schema(target.child("schema"), home)
            for m in media:
                content[m] = {"schema": schema}
                self._place(home, join_pointer(at, "content", m, "schema"), target.child("schema"))
        examples = raw.get("examples")
        for m, example in examples.items() if isinstance(examples, dict) else ():
            content.setdefault(m, {"schema": content[media[0]]["schema"]} if media[0] in content else {})["example"] = example
            self._place(home, join_pointer(at, "content", m, "example"), target.child("examples", m))
        if content:
            out["content"] = content
        return out

    def _header(self, node: Located, home: str, at: str) -> dict[str, Any]:
        target = self.specs.deref(node)
        if target is None or not isinstance(target.value, dict):
            return {"schema": {}}
        self._place(home, at, target)
        self._place(home, at + "/schema", target)
        out = {k: v for k, v in target.value.items() if k == "description" or str(k).startswith("x-")}
        out["schema"] = self._value_schema(target, home)
        return out

    def _security_scheme(self, node: Located, home: str, at: str) -> dict[str, Any]:
        raw = node.value if isinstance(node.value, dict) else {}
        out: dict[str, Any] = {k: v for k, v in raw.items() if k == "description" or str(k).startswith("x-")}
        kind = raw.get("type")
        if kind == "basic":
            out.update(type="http", scheme="basic")
        elif kind == "apiKey":
            out.update(type="apiKey", name=raw.get("name"), **{"in": raw.get("in")})
        elif kind == "oauth2" and raw.get("flow") in _FLOWS:
            flow, urls = _FLOWS[raw["flow"]]
            scopes = raw.get("scopes") if isinstance(raw.get("scopes"), dict) else {}
            out.update(type="oauth2", flows={flow: dict({u: raw[u] for u in urls if u in raw}, scopes=scopes)})
        else:
            self._warn(node, "/type", f"security scheme type {kind!r} (flow {raw.get('flow')!r}) is not a Swagger 2.0 one: it is left as written", "security")
            out.update(raw)
        return out


def _media_types(written: Any, fallback: list[str]) -> list[str]:
    """An operation's list replaces the document's, and an empty one clears it: what is left
    empty is read as JSON (published specs often write `[]`)."""
    found = [m for m in written if isinstance(m, str) and m] if isinstance(written, list) else []
    return list(dict.fromkeys(found)) or fallback


def _servers(doc: dict[str, Any]) -> list[dict[str, str]]:
    host = doc.get("host")
    written = doc.get("basePath")
    base = written.rstrip("/") if isinstance(written, str) else ""
    if not isinstance(host, str) or not host:
        return [{"url": base}] if base else []
    schemes = [s for s in doc.get("schemes") or () if s in ("https", "http")] or ["https"]
    return [{"url": f"{scheme}://{host}{base}"} for scheme in schemes]
