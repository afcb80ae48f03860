"""The model kept from one run to the next, so that an edit of prose alone builds nothing again.

Building the model reads the whole document (a third of a second on Plaid), and most edits of a
description change no name, type or structure. The model is kept under the digest of the
documents' shape (their content with every prose text left out: load/prose_places.py) and
written with each prose text it holds as a reference to the text's place, and each file name as
a reference to the file: read back, it holds this run's texts and names. A document of the same
shape therefore reads back the model building it would give, with what building it reported
(tests/core/test_kept_model.py proves both over the corpus with every prose text edited).

Nothing is kept of a model whose files could not all be read, whose build reported a position or
named a file in a message, or whose files are small enough to build faster than a lookup. The
entry is a pickle, read with only the model's own classes allowed: a cache folder that someone
else could write must not be a way to run code."""

from __future__ import annotations

import io
import os
import pickle
from pathlib import Path
from typing import Any, Iterator

import xxhash

from ..cache import MODELS, cache_key
from ..diagnostics import Diagnostic
from ..fingerprint import StandingIn
from ..load.refs import NOTHING, SpecSet, value_at
from .api import Api
from .build import build_api
from .digests import know_own_digests

_FORMAT = "utdk-model-4"
_SMALLEST_KEPT = 64 * 1024  # bytes of spec text below which building is as fast as reading back
# the modules whose classes a kept model is made of (and nothing else may be read back)
_MODEL_MODULES = ("generator.model.", "generator.naming.identifiers", "generator.diagnostics")

Built = tuple[Api | None, str | None]


def build_or_read_back(specs: SpecSet, provider: str, code: str | None) -> Built:
    """The model of the documents (and its OpenAPI version), read back if one of the same shape
    was kept by the same generator code (`code`, None: neither read nor kept)."""
    root = specs.root()
    if code is None or root is None:
        return build_api(specs, provider, code)
    shaped = specs.prose_and_shape(specs.root_file)
    if shaped is None:
        return build_api(specs, provider, code)
    root_prose, root_shape = shaped
    key = cache_key(_FORMAT, code, provider, root_shape)
    found = _read_back(specs, key, root_prose)
    if found is not None:
        return found
    before = len(specs.diagnostics.items)
    api, version = build_api(specs, provider, code)
    if api is not None:
        _keep(specs, key, (api, version, specs.diagnostics.items[before:]), root_prose)
    return api, version


def _keep(specs: SpecSet, key: str, built: tuple[Api, str | None, tuple[Diagnostic, ...]], root_prose: list[str]) -> None:
    files = specs.files_asked()
    if any(found is None for _, found in files) or sum(len(found.text) for _, found in files if found) < _SMALLEST_KEPT:
        return
    names = [name for name, _ in files]
    if any(d.line or not any(d.file is name for name in names) or any(name in d.message for name in names) for d in built[2]):
        return
    prose, shapes = list(root_prose), []
    for name in names[1:]:
        file_prose, shape = specs.prose_and_shape(name) or ([], b"")
        shapes.append(shape)
        prose += file_prose
    # a prose text i stands in as i, file name i as -1 - i (the very strings the files hold)
    stand_ins: dict[int, int] = {id(name): -1 - i for i, name in enumerate(names)}
    stand_ins.update((id(text), i) for i, text in enumerate(prose))
    buffer = io.BytesIO()
    try:
        StandingIn(buffer, stand_ins).dump(built)
        shapes_own, held = _OwnShapes(stand_ins).of(_own_values(built[0]))
    except (pickle.PicklingError, RecursionError, TypeError):
        return
    know_own_digests(built[0], _own_digests(built[0], shapes_own, held, prose))
    root_dir = os.path.dirname(specs.absolute(specs.root_file))
    reached = [[names.index(file), pointer, where] for (file, pointer), (_, where) in specs.reached.items()]
    MODELS.store(key, {
        "format": _FORMAT,
        "files": [os.path.relpath(specs.absolute(name), root_dir) for name in names[1:]],
        "shapes": shapes,
        "reached": reached,
        "model": buffer.getvalue(),
        "own": shapes_own,
        "held": held,
    })


def _read_back(specs: SpecSet, key: str, root_prose: list[str]) -> Built | None:
    entry = MODELS.load(key)
    if not isinstance(entry, dict) or entry.get("format") != _FORMAT:
        return None
    try:
        names, prose = _files_of_same_shape(specs, entry["files"], entry["shapes"], root_prose)
        reached = {}
        for index, pointer, where in entry["reached"]:
            found = specs.source(names[index])
            value = value_at(found.data, pointer) if found is not None else NOTHING
            if value is NOTHING:
                return None
            reached[(names[index], pointer)] = (value, where)
        api, version, diagnostics = _ModelReader(io.BytesIO(entry["model"]), names, prose).load()
        own = _own_digests(api, entry["own"], entry["held"], prose)
    except Exception:  # noqa: BLE001 - files of another shape, or an entry that cannot be read back: built again
        return None
    know_own_digests(api, own)
    for place, value in reached.items():
        specs.reached.setdefault(place, value)
    specs.diagnostics.extend(diagnostics)
    return api, version


# Each schema's and operation's own digest (model/digests.py) is made here, where the prose each
# holds is known: the digest of its shape (written with its prose texts numbered from 0 in the
# order met, so that it does not depend on where it sits in the documents) and of those texts.
# A run that reads the model back then digests each one's texts, not its whole content.

def _own_values(api: Api) -> Iterator[Any]:
    yield from api.schemas
    yield from api.operations
    yield from api.webhooks


def _own_digests(api: Api, shapes_own: list[bytes], held: list[list[int]], prose: list[str]) -> dict[int, bytes]:
    return {
        id(value): xxhash.xxh3_128_digest(shape + pickle.dumps([prose[i] for i in texts], protocol=pickle.HIGHEST_PROTOCOL))
        for value, shape, texts in zip(_own_values(api), shapes_own, held, strict=True)
    }


class _OwnShapes(pickle.Pickler):
    def __init__(self, stand_ins: dict[int, int]) -> None:
        self._buffer = io.BytesIO()
        super().__init__(self._buffer, protocol=pickle.HIGHEST_PROTOCOL)
        self.fast = True  # no memo: the bytes are the content alone (fingerprint.py)
        self._stand_ins = stand_ins
        self._held: list[int] = []

    def persistent_id(self, obj: Any) -> Any:
        if type(obj) is not str:
            return None
        found = self._stand_ins.get(id(obj))
        if found is None or found < 0:
            return found
        self._held.append(found)
        return len(self._held) - 1

    def of(self, values: Iterator[Any]) -> tuple[list[bytes], list[list[int]]]:
        """Each value's shape digest, and the prose texts it holds (by their place in the documents)."""
        shapes, held = [], []
        for value in values:
            self._buffer.seek(0)
            self._buffer.truncate()
            self._held = []
            self.dump(value)
            shapes.append(xxhash.xxh3_128_digest(self._buffer.getbuffer()))
            held.append(self._held)
        return shapes, held


class _NotTheSame(Exception):
    pass


def _files_of_same_shape(specs: SpecSet, files: list[str], shapes: list[bytes], root_prose: list[str]) -> tuple[list[str], list[str]]:
    """The display names of the kept model's files (root first) and their prose texts, all read
    now; raises _NotTheSame when one cannot be read or has another shape."""
    names, prose = [specs.root_file], list(root_prose)
    root_dir = os.path.dirname(specs.absolute(specs.root_file))
    for relative, shape in zip(files, shapes, strict=True):
        name = specs.display_name(Path(root_dir, relative))
        shaped = specs.prose_and_shape(name)
        if shaped is None or shaped[1] != shape:
            raise _NotTheSame
        file_prose = shaped[0]
        names.append(name)
        prose += file_prose
    return names, prose


class _ModelReader(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, names: list[str], prose: list[str]) -> None:
        super().__init__(file)
        self._names, self._prose = names, prose

    def persistent_load(self, pid: Any) -> Any:
        return self._prose[pid] if pid >= 0 else self._names[-1 - pid]

    def find_class(self, module: str, name: str) -> Any:
        if not module.startswith(_MODEL_MODULES):
            raise pickle.UnpicklingError(f"{module}.{name} is not part of the model")
        found = super().find_class(module, name)
        if not isinstance(found, type):
            raise pickle.UnpicklingError(f"{module}.{name} is not a class")
        return found
