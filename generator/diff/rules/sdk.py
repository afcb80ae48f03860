"""The SDKs' public surfaces compared symbol by symbol: what a user's program names.

A change the wire never sees (a schema renamed, an operationId changed) still breaks a program
that imports the old class or calls the old method, so it is reported here."""

from __future__ import annotations

import re

from ..context import DiffContext
from ..findings import Level, Rule, Section
from ..surface import Surface, Symbol

B, N = Level.BREAKING, Level.NON_BREAKING
_CHANGES = {
    "removed": (B, Section.BREAKING, "{sdk} {kind} {{subject}} was removed"),
    "changed": (B, Section.BREAKING, "{sdk} {kind} {{subject}} changed from {{old}} to {{new}}"),
    "added": (N, Section.ADDED, "{sdk} {kind} {{subject}} was added"),
    "added-required": (B, Section.BREAKING, "required {sdk} {kind} {{subject}} was added"),
    "added-optional": (N, Section.ADDED, "optional {sdk} {kind} {{subject}} was added"),
    "became-required": (B, Section.BREAKING, "{sdk} {kind} {{subject}} became required"),
    "became-optional": (N, Section.CHANGED, "{sdk} {kind} {{subject}} became optional"),
    "widened": (N, Section.CHANGED, "{sdk} {kind} {{subject}} changed compatibly: {{old}} became {{new}}"),
    "narrowed": (N, Section.CHANGED, "{sdk} {kind} {{subject}} is more precise: {{old}} became {{new}}"),
    "may-be-absent": (B, Section.BREAKING, "{sdk} {kind} {{subject}} may now be absent"),
    "always-present": (N, Section.CHANGED, "{sdk} {kind} {{subject}} is now always present"),
}
_BASIC = ("removed", "changed", "added")
_INPUT = ("added-required", "added-optional", "became-required", "became-optional")
_OUTPUT = ("may-be-absent", "always-present")
_KINDS = {
    "python": {"method": _BASIC + ("widened",), "argument": ("removed", "changed", "widened") + _INPUT, "class": _BASIC,
               "attribute": _BASIC + ("widened", "narrowed"), "alias": _BASIC + ("widened", "narrowed"),
               "typeddict": ("removed", "added"), "key": ("removed", "changed", "widened") + _INPUT},
    "typescript": {"method": _BASIC + ("widened",), "type": _BASIC + ("widened", "narrowed"), "field": _BASIC + ("widened", "narrowed") + _INPUT + _OUTPUT},
}
_WITH_REQUIRED = {"argument", "field", "key"}


def _rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for sdk, kinds in _KINDS.items():
        for kind, changes in kinds.items():
            for change in changes:
                level, section, text = _CHANGES[change]
                rules.append(Rule(f"{sdk}-{kind}-{change}", level, section, text.format(sdk=sdk, kind=kind)))
    return tuple(rules)


RULES = _rules()


def _where(ctx: DiffContext, symbol: Symbol) -> tuple[str, str]:
    if symbol.schema is not None:
        return ctx.at_schema(symbol.schema) if ctx.is_new_schema(symbol.schema) else ctx.at_root("components", "schemas")
    if symbol.operation is not None:
        op = next((o for o in ctx.new.operations if o.id == symbol.operation), None)
        return ctx.at_operation(op) if op is not None else ctx.at_root("paths")
    return ctx.at_root()


def _atoms(text: str) -> set[str]:
    """The members of a union type written as text (`int | None`, `_t.Literal['a', 'b']`,
    `'a' | 'b'`), so that one written type can be seen to admit every value of another."""
    atoms: set[str] = set()
    for part in _split(text, " | "):
        if part.endswith(" & unknown"):  # T & unknown is T
            part = part[: -len(" & unknown")]
        if part.startswith("_t.Literal[") and part.endswith("]"):
            atoms.update(_split(part[len("_t.Literal["):-1], ", "))
        elif part.startswith("(") and part.endswith(")") and len(_split(part[1:-1], " | ")) > 1:
            atoms |= _atoms(part[1:-1])
        else:
            atoms.add(part)
    return atoms


def _admits(atoms: set[str], atom: str) -> bool:
    """Whether a union of these members accepts every value of `atom`."""
    if atom in atoms or atoms & {"_t.Any", "unknown", "object"}:
        return True
    numeric = atom.replace(".", "", 1).lstrip("-").isdigit()
    if "float" in atoms and (numeric or atom == "int"):
        return True  # Python's numeric tower: an int (and any number literal) fits a float
    return numeric and (("." not in atom and "int" in atoms) or "number" in atoms)


def _split(text: str, separator: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        char = text[i]
        if char in "[(<{":
            depth += 1
        elif char in "])>}":
            depth -= 1
        elif depth == 0 and text.startswith(separator, i):
            parts.append(text[start:i].strip())
            start = i + len(separator)
            i = start
            continue
        i += 1
    parts.append(text[start:].strip())
    return parts


# A TypeScript method that answered nothing: `=> Promise<void>`, `=> core.APIPromise<void>` or with its
# declared headers, `=> core.APIPromise<void, types.Headers>`.
_RETURNS_NOTHING = re.compile(r"=> (?:core\.)?(?:API)?Promise<void(?:, [\w.]+)?>$")


def _type_change(old: Symbol, new: Symbol) -> str:
    """widened: every old value still fits (harmless where users only pass values in);
    narrowed: every new value fitted before (harmless where users only read values)."""
    if old.kind != new.kind:
        return "changed"
    if old.kind == "method":
        # (params: P) => R became (params?: P) => R, or a method that returned nothing now
        # returns something: every call still compiles
        relaxed = old.signature.replace("(params: ", "(params?: ", 1)
        if relaxed == new.signature or old.signature.endswith("-> None") or _RETURNS_NOTHING.search(old.signature):
            return "widened"
        return "changed"
    before, after = _atoms(old.signature), _atoms(new.signature)
    if all(_admits(after, a) for a in before) and not new.output:
        return "widened"
    if all(_admits(before, a) for a in after) and not new.input:
        return "narrowed"
    return "changed"


def _owner(symbol: Symbol) -> str | None:
    """The method of an argument, the class or type of an attribute or field."""
    if symbol.kind == "argument":
        return symbol.name.split("(")[0]
    if symbol.kind == "key":
        return symbol.name.split("[")[0]
    if symbol.kind in ("attribute", "field"):
        return symbol.name.rsplit(".", 1)[0]
    return None


def check(ctx: DiffContext, sdk: str, old: Surface, new: Surface) -> None:
    ctx.surface = sdk
    try:
        for name, symbol in old.items():
            twin = new.get(name)
            if twin is None:
                # a removed member of a removed owner is said once, by the owner
                owner = _owner(symbol)
                if owner is None or owner in new:
                    ctx.report(f"{sdk}-{symbol.kind}-removed", name, _where(ctx, symbol))
                continue
            where = _where(ctx, twin)
            if symbol.kind != twin.kind and f"{sdk}-{twin.kind}-changed" not in ctx.rules:
                ctx.report(f"{sdk}-{symbol.kind}-removed", name, where)
                continue
            if symbol.signature != twin.signature or symbol.kind != twin.kind:
                change = _type_change(symbol, twin)
                if f"{sdk}-{twin.kind}-{change}" not in ctx.rules:
                    change = "changed"
                ctx.report(f"{sdk}-{twin.kind}-{change}", name, where, old=symbol.signature, new=twin.signature)
            if twin.kind in _WITH_REQUIRED and symbol.required != twin.required:
                if twin.input and (twin.required or not twin.output):
                    change = "became-required" if twin.required else "became-optional"
                else:  # a value the SDK hands back
                    change = "always-present" if twin.required else "may-be-absent"
                ctx.report(f"{sdk}-{twin.kind}-{change}", name, where)
        for name, symbol in new.items():
            if name in old:
                continue
            if symbol.kind in _WITH_REQUIRED:
                owner = _owner(symbol)
                if owner not in old and not (symbol.required and symbol.input):
                    continue  # said once, by the new owner
                change = ("added-required" if symbol.required else "added-optional") if symbol.input else "added"
                ctx.report(f"{sdk}-{symbol.kind}-{change}", name, _where(ctx, symbol))
            else:
                ctx.report(f"{sdk}-{symbol.kind}-added", name, _where(ctx, symbol))
    finally:
        ctx.surface = "api"
