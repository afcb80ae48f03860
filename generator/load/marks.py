"""Where each value of a YAML or JSON text starts (line, column by JSON pointer tokens), for
diagnostics.

Composing the node tree costs as much as reading the document (about a second on the 3 MB Plaid
spec), and one diagnostic is enough to need it. The parser's events carry the same marks at a
tenth of the cost, so the index is built from them; a text whose events the index cannot follow
the same way (an alias, a key that is not a plain value, a key twice in one mapping, a
second document) is composed
as before, so the positions are the same either way (tests/core/test_marks.py)."""

from __future__ import annotations

from typing import Any

import yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Marks = dict[tuple[str, ...], tuple[int, int]]


class _NotFollowed(Exception):
    pass


def index_marks(text: str) -> Marks:
    try:
        return _from_events(text)
    except _NotFollowed:
        return _from_nodes(text)
    except yaml.YAMLError:
        return {}


def _from_events(text: str) -> Marks:
    index: Marks = {}
    # one frame per open collection: [path, is mapping, next sequence index, key awaited, keys seen]
    frames: list[list[Any]] = []

    def start_value(mark: Any) -> tuple[str, ...]:
        """The path of a value that starts here, recorded as the node tree's walk records it."""
        if not frames:
            path: tuple[str, ...] = ()
        else:
            frame = frames[-1]
            if frame[1]:
                path = frame[0] + (frame[3],)
                frame[3] = None
            else:
                path = frame[0] + (str(frame[2]),)
                frame[2] += 1
        index.setdefault(path, _position(mark))
        return path

    documents = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            raise _NotFollowed
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _NotFollowed  # composing refuses it
        if isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if frames and frames[-1][1] and frames[-1][3] is None:
                # a mapping's key
                if not isinstance(event, yaml.ScalarEvent):
                    raise _NotFollowed
                frame = frames[-1]
                key = str(event.value)
                if key in frame[4]:
                    raise _NotFollowed
                frame[4].add(key)
                frame[3] = key
                index[frame[0] + (key,)] = _position(event.start_mark)
                continue
            path = start_value(event.start_mark)
            if isinstance(event, yaml.MappingStartEvent):
                frames.append([path, True, 0, None, set()])
            elif isinstance(event, yaml.SequenceStartEvent):
                frames.append([path, False, 0, None, set()])
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            frames.pop()
    return index


def _position(mark: Any) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def _from_nodes(text: str) -> Marks:
    """Compose the YAML node tree and walk it."""
    index: Marks = {}
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return index
    stack: list[tuple[tuple[str, ...], Any]] = [((), root)]
    while stack:
        path, node = stack.pop()
        if node is None:
            continue
        index.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = path + (str(key.value),)
                index[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
                stack.append((child, value))
        elif isinstance(node, yaml.SequenceNode):
            for i, value in enumerate(node.value):
                stack.append((path + (str(i),), value))
    return index
