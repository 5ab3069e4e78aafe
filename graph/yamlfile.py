"""YAML input files validated with pydantic, with errors that name the line.

Curated claims (``ingest/curated.py``) and resolutions (``graph/track/resolutions.py``)
are both hand-written YAML reviewed in git. Both are parsed here, keeping the
line where each value starts (PyYAML's node marks), so that a validation
error reads ``Error: <file>:<line>: <field>: <problem>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from graph.errors import InputError

M = TypeVar("M", bound=BaseModel)

Loc = tuple[str | int, ...]


#: Nodes that aliases (``*name``) may add to a document once expanded.
ALIAS_NODES = 10_000


class SafeLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing a document whose aliases expand too far.

    A few lines of nested aliases ("billion laughs") expand to gigabytes. An
    alias may repeat a block (the resolutions files name a source once and
    refer to it), but all aliases together may add at most ``ALIAS_NODES``
    nodes; more is refused before anything is built.
    """

    def get_single_node(self) -> yaml.Node | None:
        root = super().get_single_node()
        if root is not None:
            _check_expansion(root)
        return root  # type: ignore[no-any-return]


def _check_expansion(root: yaml.Node) -> None:
    """Raise ComposerError when expanding the aliases under ``root`` adds too many nodes."""
    distinct: set[int] = set()
    sizes: dict[int, int] = {}
    open_: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            children = _children(node)
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            open_.discard(key)
            continue
        if key in sizes:
            continue
        if key in open_:
            raise yaml.composer.ComposerError(None, None, "an alias refers to itself", node.start_mark)
        open_.add(key)
        distinct.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    if sizes[id(root)] - len(distinct) > ALIAS_NODES:
        raise yaml.composer.ComposerError(
            None, None, f"aliases (*name) expand to more than {ALIAS_NODES:,} nodes", root.start_mark
        )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


class Loader(SafeLoader):
    """A safe loader that leaves dates as text and reads only true/false as booleans.

    Dates stay text for pydantic to check with a clear message. YAML 1.1 also
    reads yes/no/on/off as booleans, which would turn ``outcome: no`` into
    False; like YAML 1.2 we keep those as words (pydantic still accepts them
    where a boolean is expected). Aliases are bounded (see ``SafeLoader``).
    """


_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
Loader.yaml_implicit_resolvers = {
    first: [
        (tag, _BOOL if tag == "tag:yaml.org,2002:bool" else rx)
        for tag, rx in resolvers
        if tag != "tag:yaml.org,2002:timestamp"
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Located:
    """YAML data plus the line of every mapping key and sequence item."""

    data: Any
    lines: dict[Loc, int]


def load_located(text: str, path: str | Path) -> Located:
    """Return YAML ``text`` parsed, with the line (1-based) where each value starts.

    Raises:
        InputError: the text is not valid YAML.
    """
    loader = Loader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as e:
        raise _input_error(e, path) from e
    finally:
        loader.dispose()
    lines: dict[Loc, int] = {}

    def walk(node: yaml.Node | None, at: Loc) -> None:
        if node is None:
            return
        lines[at] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                walk(value, (*at, key.value))
                # The key's line, not the value's: a block value starts below its key.
                lines[(*at, key.value)] = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*at, index))

    walk(root, ())
    return Located(data, lines)


def _input_error(error: yaml.YAMLError, path: str | Path, first_line: int = 1) -> InputError:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    return InputError(path, f"invalid YAML: {problem}", mark.line + first_line if mark else None)


def read_located(path: Path) -> Located:
    """Return the YAML file at ``path`` parsed with its lines (see ``load_located``).

    Raises:
        InputError: the file cannot be read, is not UTF-8, or is not valid YAML.
    """
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(path, "not UTF-8 text") from e
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from e
    return load_located(raw, path)


def line_of(located: Located, loc: Loc) -> int | None:
    """Return the line of the deepest known prefix of ``loc`` (None: not known)."""
    for cut in range(len(loc), -1, -1):
        if loc[:cut] in located.lines:
            return located.lines[loc[:cut]]
    return None


def where(loc: Loc) -> str:
    """Return a location as a field path: ``claims[0].speaker.kind``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate(model: type[M], located: Located, path: str | Path) -> M:
    """Return ``located.data`` validated as ``model``.

    Raises:
        InputError: naming the file, the line and the field of the first problem.
    """
    try:
        return model.model_validate(located.data)
    except ValidationError as e:
        first = e.errors()[0]
        loc = tuple(first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        raise InputError(path, f"{where(loc)}: {message}", line_of(located, loc)) from e
