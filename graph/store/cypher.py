"""Cypher for researchers: named queries with typed parameters, ad-hoc
statements that may not write, and the schema of the graph.

A *named* query is a file in ``queries/`` whose header holds a ``// @named``
line, one ``// @param NAME TYPE  description`` line per parameter (``TYPE?``
when it may be left out) and a ``// @returns col, col, ...`` line. Parameter
values arrive as text (``-p from=2023-01-01``) and are typed here before the
query runs; names of experts and entities are matched like the CLI's
``--by``/``--about`` and passed on as lists of ids, never spliced into Cypher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from neo4j import READ_ACCESS, WRITE_ACCESS
from neo4j.exceptions import ClientError, DriverError, Neo4jError
from neo4j.graph import Node, Path, Relationship

import queries
from graph import headers
from graph.errors import ClaimGraphError, NotFound, StoreError, UnknownQuery
from graph.headers import Param as Param  # re-exported with the query records
from graph.store.database import Store, _native, describe_error
from graph.store.names import match_ids

ParamType = Literal["string", "integer", "float", "boolean", "date", "entity", "expert"]
PARAM_TYPES: tuple[str, ...] = ("string", "integer", "float", "boolean", "date", "entity", "expert")

#: The graph model: every node label with its properties, every relationship
#: type with its endpoints. queries/README.md draws it; the linter is given it
#: so a misspelt label or property in a shipped query is reported.
LABELS: dict[str, tuple[str, ...]] = {
    "Source": ("id", "title", "label", "url", "publisher", "published", "language", "text", "text_hash", "path"),
    "Person": ("id", "name", "aliases", "role", "affiliation", "wikidata"),
    "Organisation": ("id", "name", "aliases", "wikidata"),
    "Entity": ("id", "name", "kind", "aliases", "wikidata"),
    "Claim": (
        "id", "text", "start", "end", "direct", "cue", "kind", "confidence", "speaker_id", "source_id",
        "cue_start", "cue_end", "mention", "mention_start", "mention_end",
        "antecedent", "antecedent_start", "antecedent_end", "via", "via_start", "via_end",
    ),
    "Prediction": (
        "id", "claim_id", "event", "horizon", "window_start", "window_end",
        "probability", "probability_words", "negated", "status", "kind", "condition",
    ),
    "Resolution": (
        "id", "prediction_id", "outcome", "resolved_on", "evidence", "note",
        "resolved_by", "origin", "recorded_at", "superseded",
    ),
}
RELATIONSHIPS: dict[str, tuple[tuple[str, str], ...]] = {
    "STATED": (("Person", "Claim"), ("Organisation", "Claim")),
    "APPEARS_IN": (("Claim", "Source"),),
    "MAKES": (("Claim", "Prediction"),),
    "ABOUT": (("Claim", "Entity"),),
    "AFFILIATED_WITH": (("Person", "Organisation"),),
    "RESOLVED_AS": (("Prediction", "Resolution"),),
}

#: Keys of the row maps write statements read (``row.entity_id``) that are no
#: node property: the linter cannot always tell a map from a node.
ROW_KEYS = ("entity_id", "affiliation_id")

#: Properties shown when a node or relationship is printed as text, in order.
KEY_PROPERTIES = ("id", "name", "title", "event", "text", "outcome")
#: Longest property value shown in the text form of a node.
SHOWN_CHARS = 60

# Without --write a statement runs read-only, enforced by the database: as the
# embedded server's read-only account (claimgraph/connect.py) or in a READ
# session on Neo4j. These checks are a second line in front of it, run on the
# statement with its comments and string literals taken out (so neither
# `CRE/**/ATE` nor a keyword inside a string fools them).
#
# Schema and administration commands: ArcadeDB applies them outside the
# transaction, so rolling back cannot undo them.
_ADMIN = re.compile(
    r"\b(?:CREATE|DROP)\s+(?:OR\s+REPLACE\s+)?(?:\w+\s+){0,2}(?:INDEX|CONSTRAINT|DATABASE|ALIAS|USER|ROLE)\b"
    r"|^\s*(?:ALTER|GRANT|DENY|REVOKE|START|STOP|ENABLE|DEALLOCATE|REALLOCATE)\b",
    re.IGNORECASE | re.MULTILINE,
)
# Statements that commit on their own, whatever the transaction: batches of a
# CALL { } IN TRANSACTIONS, and the killing of other transactions.
_SELF_COMMITTING = re.compile(
    r"\bIN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b|\bTERMINATE\s+TRANSACTIONS?\b", re.IGNORECASE
)
_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)
# Comments and literals, in one pass so that `//` inside a string stays text.
_TOKENS = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?(?:\*/|$)""", re.DOTALL)
#: The URLs a read-only LOAD CSV may read: one file of the server's import
#: folder, by name (Neo4j resolves ``file:///name.csv`` inside that folder; the
#: embedded server's read-only account may not read files at all). No
#: sub-folder, so that nothing reads like an absolute path (``file:///etc/passwd``).
_IMPORT_URL = re.compile(r"^file:///(?!\.\.?$)[^/\\:]+$")
#: Longest a read-only statement may run, in seconds (the transaction timeout
#: Neo4j enforces; the embedded server bounds every statement by its own).
READ_TIMEOUT_S = 60.0

class ParameterError(ClaimGraphError):
    """A query parameter is missing, unknown or not of its type."""


class WriteRefused(ClaimGraphError):
    """A statement run read-only would have changed the graph."""


@dataclass(frozen=True)
class NamedQuery:
    """A researcher query: its file name, header and statement."""

    name: str
    summary: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    text: str
    named: bool = True

    @property
    def command_name(self) -> str:
        """The name used on the command line: dashes for underscores."""
        return self.name.replace("_", "-")

    def usage(self) -> str:
        """Return its parameters as ``-p name=TYPE`` words (optional ones in brackets)."""
        words = [f"-p {p.name}={p.type.upper()}" for p in self.params]
        return " ".join(f"[{w}]" if p.optional else w for w, p in zip(words, self.params, strict=True))


@dataclass
class CypherResult:
    """What a statement returned: its columns, rows and update counters."""

    columns: list[str]
    rows: list[dict[str, Any]]
    updates: dict[str, int] = field(default_factory=dict)
    #: More rows were there than the ``limit`` asked for; only that many are in ``rows``.
    truncated: bool = False


def parse_header(name: str, text: str) -> NamedQuery:
    """Return the query ``name`` with the header of ``text`` parsed.

    Raises:
        ParameterError: a ``@param`` line names an unknown type.
    """
    header = headers.parse_header(text, "//", PARAM_TYPES, f"queries/{name}.cypher", ParameterError)
    first_sentence = header.summary.split(". ")[0].rstrip(".:")
    return NamedQuery(name, first_sentence, header.params, header.columns, text, header.named)


def named_queries() -> list[NamedQuery]:
    """Return the researcher queries (files with ``// @named``), sorted by name."""
    found = (parse_header(name, queries.load(name)) for name in queries.names())
    return [query for query in found if query.named]


def named_query(name: str) -> NamedQuery:
    """Return the researcher query ``name`` (dashes or underscores).

    Raises:
        UnknownQuery: no named query of that name ships with claimgraph.
    """
    wanted = name.replace("-", "_")
    for query in named_queries():
        if query.name == wanted:
            return query
    known = ", ".join(q.command_name for q in named_queries())
    raise UnknownQuery(f"{name}: no such query (known: {known})")


def split_assignments(pairs: Iterable[str]) -> dict[str, str]:
    """Return ``NAME=VALUE`` words as a dict (a ``NAME:TYPE=VALUE`` keeps its type in the key).

    Raises:
        ParameterError: a word has no ``=``, or names a parameter twice.
    """
    return headers.split_assignments(pairs, ParameterError)


def convert(name: str, ptype: str, value: str) -> Any:
    """Return the text ``value`` of parameter ``name`` as a value of ``ptype``.

    Names of entities and experts stay text here (see ``resolve``).

    Raises:
        ParameterError: the text is not a value of that type.
    """
    where = f"-p {name}={value}"
    try:
        if ptype == "date":
            return date.fromisoformat(value)
        if ptype == "integer":
            return int(value)
        if ptype == "float":
            return float(value)
    except ValueError:
        expected = {"date": "a date (YYYY-MM-DD)", "integer": "an integer", "float": "a number"}[ptype]
        raise ParameterError(f"{where}: not {expected}") from None
    if ptype == "boolean":
        folded = value.strip().lower()
        if folded in ("true", "yes", "1"):
            return True
        if folded in ("false", "no", "0"):
            return False
        raise ParameterError(f"{where}: not a boolean (true or false)")
    if ptype in ("string", "entity", "expert"):
        if not value.strip():
            raise ParameterError(f"{where}: empty")
        return value
    raise ParameterError(f"{where}: unknown type {ptype} (use {', '.join(PARAM_TYPES)})")


def typed_params(query: NamedQuery, raw: Mapping[str, str]) -> dict[str, Any]:
    """Return the parameters of ``query`` typed, optional ones missing set to None.

    Raises:
        ParameterError: a parameter is missing, unknown, or not of its type.
    """
    declared = {p.name: p for p in query.params}
    for key in raw:
        if key.split(":")[0] not in declared:
            known = ", ".join(declared) or "none"
            raise ParameterError(f"{query.command_name}: unknown parameter {key} (parameters: {known})")
    values: dict[str, Any] = {}
    for param in query.params:
        if param.name not in raw:
            if not param.optional:
                raise ParameterError(
                    f"{query.command_name}: missing parameter {param.name} ({param.type}): "
                    f"-p {param.name}={param.type.upper()}"
                )
            values[param.name] = None
            continue
        values[param.name] = convert(param.name, param.type, raw[param.name])
    return values


def resolve(store: Store, query: NamedQuery, values: dict[str, Any]) -> dict[str, Any]:
    """Return ``values`` with entity and expert names replaced by lists of matching ids.

    Raises:
        NotFound: a name matches no entity, person or organisation.
    """
    resolved = dict(values)
    for param in query.params:
        value = values.get(param.name)
        if value is None or param.type not in ("entity", "expert"):
            continue
        if param.type == "entity":
            ids = match_ids(store.entity_names(), value)
            what = "no entity of that name"
        else:
            ids = match_ids(store.speaker_names(), value)
            what = "no person or organisation of that name"
        if not ids:
            raise NotFound(f"-p {param.name}={value}: {what}")
        resolved[param.name] = ids
    return resolved


def run_named(
    store: Store, name: str, raw: Mapping[str, str], limit: int | None = None
) -> tuple[NamedQuery, CypherResult]:
    """Run the named query ``name`` with text parameters; return it and its result.

    ``limit`` keeps only the first rows (see ``run_cypher``).

    Raises:
        UnknownQuery: no named query of that name.
        ParameterError: a parameter is missing, unknown or not of its type.
        NotFound: an entity or expert name matches nothing.
        WriteRefused: the query would change the graph (shipped queries do not).
        StoreError: the database failed the query.
    """
    query = named_query(name)
    params = resolve(store, query, typed_params(query, raw))
    result = run_cypher(store, query.text, params, limit=limit)
    if query.columns:
        result.columns = list(query.columns)
    return query, result


def cypher_params(raw: Mapping[str, str]) -> dict[str, Any]:
    """Return ad-hoc statement parameters: text unless typed as ``NAME:TYPE=VALUE``.

    Raises:
        ParameterError: a value is not of its type, or the type is unknown.
    """
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name, _, ptype = key.partition(":")
        if ptype in ("entity", "expert"):
            raise ParameterError(f"-p {key}={value}: entity and expert names are for named queries; pass ids")
        values[name] = convert(name, ptype or "string", value)
    return values


def run_cypher(
    store: Store,
    statement: str,
    params: Mapping[str, Any] | None = None,
    write: bool = False,
    limit: int | None = None,
    timeout: float = READ_TIMEOUT_S,
) -> CypherResult:
    """Run one statement in an explicit transaction; return its columns, rows and updates.

    ``limit`` keeps the first ``limit`` rows and marks the result
    ``truncated`` if there were more: the server streams only one row past
    the limit and the rest is discarded. With ``write`` every row is still
    fetched, so that no server stops a writing statement half-way; the
    limit then only trims what is returned. ``None`` keeps every row.

    Without ``write`` the statement runs read-only, in three lines: statements
    that commit outside the transaction or read server files are refused
    before they run (``refuse_unless_read_only``); the database refuses writes
    (a READ session on Neo4j; on the embedded server, which ignores access
    modes, the read-only account of ``open_store(read_only=True)``); and if the
    result summary still reports an update, the transaction is rolled back and
    the statement refused. A read-only run is always rolled back, and stopped
    by the server after ``timeout`` seconds (Neo4j; the embedded server bounds
    every statement by its own limit, see claimgraph/embedded.py).

    Raises:
        WriteRefused: without ``write``, the statement would change the graph
            or is a schema or administration command.
        StoreError: the database refused or failed the statement.
    """
    if not write:
        refuse_unless_read_only(statement)
    mode = WRITE_ACCESS if write else READ_ACCESS
    try:
        # One PULL for every row we keep, plus one to tell whether there were more.
        fetch = -1 if limit is None or write else limit + 1
        with store.driver.session(database=store.database, default_access_mode=mode, fetch_size=fetch) as session:
            tx = session.begin_transaction(timeout=None if write else timeout)
            try:
                result = tx.run(statement, dict(params or {}))
                columns = list(result.keys())
                rows: list[dict[str, Any]] = []
                truncated = False
                for record in result:
                    if limit is not None and len(rows) >= limit:
                        truncated = True
                        if not write:
                            break
                        continue
                    rows.append(dict(zip(columns, map(_native, record.values()), strict=True)))
                summary = result.consume()
                counters = summary.counters
                updates = {k: v for k, v in vars(counters).items() if isinstance(v, int) and v and not k.startswith("_")}
                if not write and (counters.contains_updates or counters.contains_system_updates):
                    tx.rollback()
                    raise WriteRefused(
                        f"cypher: the statement would change the graph ({_describe_updates(updates)}); "
                        "nothing was written (use --write to allow it)"
                    )
                if write:
                    tx.commit()
                else:
                    tx.rollback()
            finally:
                if not tx.closed():
                    tx.rollback()
    except ClientError as e:
        code = e.code or ""
        if not write and (code.endswith("AccessMode") or code.endswith("Security.Forbidden")):
            # The database itself refused: a write in Neo4j's READ session, or
            # beyond the rights of the embedded server's read-only account.
            raise WriteRefused(
                "cypher: the statement would change the graph (the database refused it: read-only); "
                "nothing was written (use --write to allow it)"
            ) from e
        if "TransactionTimedOut" in code:
            raise StoreError(f"cypher: the statement ran past its time limit and was stopped ({e.message})") from e
        raise StoreError(describe_error(e, store.database, "cypher")) from e
    except (Neo4jError, DriverError) as e:
        raise StoreError(describe_error(e, store.database, "cypher")) from e
    return CypherResult(columns, rows, updates, truncated)


def refuse_unless_read_only(statement: str) -> None:
    """Refuse, before it runs, a statement that read-only must not run.

    Raises:
        WriteRefused: a schema or administration command, ``IN TRANSACTIONS``,
            ``TERMINATE TRANSACTIONS``, or a ``LOAD CSV`` from anything but a
            literal ``file:///name.csv``: one file of the server's import folder.
    """
    literals: list[str] = []

    def blank(match: re.Match[str]) -> str:
        token = match.group()
        if token[0] in "'\"":
            literals.append(token[1:-1])
            return f"'{len(literals) - 1}'"
        return token if token[0] == "`" else " "

    code = _TOKENS.sub(blank, statement)
    # Placeholders and quoted names blanked, the same length, so offsets agree.
    keywords = re.sub(r"'\d+'|`[^`]*`", lambda m: " " * len(m.group()), code)
    if _ADMIN.search(keywords):
        raise WriteRefused("cypher: a schema or administration command; nothing was run (use --write to allow it)")
    if _SELF_COMMITTING.search(keywords):
        raise WriteRefused(
            "cypher: IN TRANSACTIONS and TERMINATE commit or act outside the transaction; "
            "nothing was run (use --write to allow it)"
        )
    for match in _LOAD_CSV.finditer(keywords):
        source = re.match(r"\s*(?:WITH\s+HEADERS\s+)?FROM\s+'(\d+)'", code[match.end():], re.IGNORECASE)
        url = literals[int(source.group(1))] if source else None
        if url is None or not _IMPORT_URL.match(url):
            raise WriteRefused(
                "cypher: LOAD CSV reads only a file of the server's import folder (FROM 'file:///name.csv') "
                "when read-only; nothing was run (use --write to allow it)"
            )


def _describe_updates(updates: Mapping[str, int]) -> str:
    parts = [f"{count} {name.replace('_', ' ')}" for name, count in updates.items() if name != "contains_updates"]
    return ", ".join(parts) or "changes"


# -- printing graph values ---------------------------------------------------------


def _short(value: Any) -> str:
    if isinstance(value, str):
        shown = value if len(value) <= SHOWN_CHARS else value[: SHOWN_CHARS - 1] + "…"
        return '"' + shown.replace('"', '\\"') + '"'
    return str(value)


def _key_properties(properties: Mapping[str, Any]) -> str:
    shown = [f"{k}: {_short(properties[k])}" for k in KEY_PROPERTIES if properties.get(k) is not None][:2]
    return " {" + ", ".join(shown) + "}" if shown else ""


def as_text(value: Any) -> Any:
    """Return a node, relationship or path as readable text (labels, key properties).

    Other values are returned unchanged; lists and maps are converted inside.
    """
    if isinstance(value, Node):
        labels = "".join(f":{label}" for label in sorted(value.labels))
        return f"({labels}{_key_properties(dict(value))})"
    if isinstance(value, Relationship):
        return f"[:{value.type}{_key_properties(dict(value))}]"
    if isinstance(value, Path):
        nodes = list(value.nodes)
        parts = [as_text(nodes[0])]
        for step, rel in enumerate(value.relationships):
            # A path walks relationships either way; draw each arrow as stored.
            forward = rel.start_node is not None and rel.start_node.element_id == nodes[step].element_id
            parts.append(f"-{as_text(rel)}->" if forward else f"<-{as_text(rel)}-")
            parts.append(as_text(nodes[step + 1]))
        return "".join(parts)
    if isinstance(value, list):
        return [as_text(v) for v in value]
    if isinstance(value, dict):
        return {k: as_text(v) for k, v in value.items()}
    return value


def as_data(value: Any) -> Any:
    """Return a node, relationship or path as JSON-ready data (labels or type, properties).

    Raises nothing; other values are returned unchanged (lists and maps converted inside).
    """
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": _native(dict(value))}
    if isinstance(value, Relationship):
        return {
            "type": value.type,
            "start": value.start_node.get("id") if value.start_node is not None else None,
            "end": value.end_node.get("id") if value.end_node is not None else None,
            "properties": _native(dict(value)),
        }
    if isinstance(value, Path):
        return {"nodes": [as_data(n) for n in value.nodes], "relationships": [as_data(r) for r in value.relationships]}
    if isinstance(value, list):
        return [as_data(v) for v in value]
    if isinstance(value, dict):
        return {k: as_data(v) for k, v in value.items()}
    return value


def printable(result: CypherResult, text: bool) -> list[dict[str, Any]]:
    """Return the result's rows with graph values as text (tables, CSV) or as data (JSON)."""
    convert_value = as_text if text else as_data
    return [{k: convert_value(v) for k, v in row.items()} for row in result.rows]


# -- schema --------------------------------------------------------------------------


_DECLARATION = re.compile(
    r"CREATE\s+(CONSTRAINT|INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\s+FOR\s+"
    r"\(\w+:(\w+)\)\s+(?:REQUIRE|ON)\s+\(?\w+\.(\w+)\)?(?:\s+IS\s+(UNIQUE))?",
    re.IGNORECASE,
)


def declared_schema() -> list[dict[str, Any]]:
    """Return the constraints and indexes ``queries/schema.cypher`` declares.

    Raises:
        StoreError: a statement of that file is not a constraint or index declaration.
    """
    rows = []
    for statement in queries.statements("schema"):
        match = _DECLARATION.match(" ".join(statement.split()))
        if not match:
            raise StoreError(f"queries/schema.cypher: cannot read the declaration {statement!r}")
        kind, name, label, prop, unique = match.groups()
        rows.append(
            {
                "kind": kind.lower(),
                "name": name,
                "properties": [f"{label}.{prop}"],
                "count": None,
                "details": "unique" if unique else "range index",
            }
        )
    return rows


def schema(store: Store) -> list[dict[str, Any]]:
    """Return the graph's schema as rows {kind, name, properties, count, details}.

    Labels and relationship types of the model come first (with their
    declared properties, the properties found in the data, and counts), then
    the constraints and indexes of ``queries/schema.cypher``.

    Raises:
        StoreError: the database failed a query.
    """
    counts = store.counts()
    found_labels = {row["label"]: row["keys"] for row in store.read("node_properties")}
    found_types = {row["type"]: row["keys"] for row in store.read("relationship_properties")}
    for row in store.read("count_labels"):
        counts.setdefault(row["label"], int(row["count"]))
    rows: list[dict[str, Any]] = []
    for label in [*LABELS, *sorted(set(found_labels) - set(LABELS))]:
        keys = list(LABELS.get(label, ()))
        keys += sorted(set(found_labels.get(label, ())) - set(keys))
        rows.append({"kind": "label", "name": label, "properties": keys, "count": counts.get(label, 0), "details": None})
    for rel_type in [*RELATIONSHIPS, *sorted(set(found_types) - set(RELATIONSHIPS))]:
        ends = RELATIONSHIPS.get(rel_type, ())
        rows.append(
            {
                "kind": "relationship",
                "name": rel_type,
                "properties": sorted(found_types.get(rel_type, ())),
                "count": counts.get(rel_type, 0),
                "details": ", ".join(f"({a})->({b})" for a, b in ends) or None,
            }
        )
    return rows + declared_schema()


def lint_schema() -> dict[str, Any]:
    """Return the graph model as a DbSchema for Neo4j's linter (labels, types, properties, paths)."""
    properties = sorted({p for props in LABELS.values() for p in props} | set(ROW_KEYS))
    return {
        "labels": list(LABELS),
        "relationshipTypes": list(RELATIONSHIPS),
        "propertyKeys": properties,
        "graphSchema": [{"from": a, "to": b, "relType": t} for t, ends in RELATIONSHIPS.items() for a, b in ends],
    }
