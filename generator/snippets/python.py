"""Python: the SDK's default client, keyword arguments named as the SDK names them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..literals import py_string
from ..render import render
from ..requests import Argument, ExampleRequest, text_of
from .clients import OperationNames, SdkNames, SnippetClient
from .layout import PYTHON, Leaf, is_inline, literal


@dataclass(frozen=True)
class PythonSnippet:
    """A Python SDK call for an example request, with its imports."""

    imports: tuple[str, ...]
    call: str


def file_value(arg: Argument, value: Any) -> Any:
    if arg.file == "many" and isinstance(value, list):
        return [Leaf(f"open({py_string(text_of(v))}, \"rb\")") for v in value]
    # a whole binary body is bytes in the SDK; an uploaded file may be an open file
    read = ".read()" if arg.location == "body" else ""
    return Leaf(f"open({py_string(text_of(value))}, \"rb\"){read}")


def view(sdk: SdkNames, names: OperationNames, request: ExampleRequest) -> PythonSnippet:
    kwargs = [(arg.py_name, file_value(arg, v) if arg.file else v) for arg, v in request.values]
    call = f"{sdk.py_client}.{names.py_method}"
    if not kwargs:
        text = call + "()"
    elif len(kwargs) == 1 and is_inline([kwargs[0][1]]):
        text = f"{call}({kwargs[0][0]}={literal(kwargs[0][1], PYTHON)})"
    else:
        text = call + "(\n" + "".join(f"{PYTHON.indent}{name}={literal(value, PYTHON, 1)},\n" for name, value in kwargs) + ")"
    return PythonSnippet((f"from {sdk.python_package} import {sdk.py_client}",), text)


def render_python(sdk: SdkNames, names: OperationNames, request: ExampleRequest) -> str:
    return render("snippets/python.py.j2", view=view(sdk, names, request)).removesuffix("\n")


CLIENT = SnippetClient("python", "Python", "py", "python", render_python)
