"""Known people, organisations and entities, and matching names against them.

The directory (``data/people.yaml`` and ``data/entities.yaml``) turns the
spellings an article uses ("Bezsmertny", "Lukashenka", "ISW") into one
canonical record (the matching rules live in ``graph.store.names``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InputError
from graph.model import Entity, EntityKind, Organisation, Person, entity_id, organisation_id, person_id
from graph.store.names import NameIndex


@dataclass(frozen=True)
class Directory:
    """The known people, organisations and entities, with name matching."""

    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    entities: tuple[Entity, ...] = ()
    titles: dict[str, str] = field(default_factory=dict)
    """Lower-cased title or description ("holovkom", "the think tank") -> record id."""

    def __post_init__(self) -> None:
        by_id: dict[str, Person | Organisation | Entity] = {}
        records: list[Person | Organisation | Entity] = [*self.people, *self.organisations, *self.entities]
        for record in records:
            by_id.setdefault(record.id, record)
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_people", NameIndex.build((p.id, (p.name, *p.aliases)) for p in self.people))
        object.__setattr__(
            self, "_orgs", NameIndex.build(((o.id, (o.name, *o.aliases)) for o in self.organisations), by_last_word=False)
        )
        object.__setattr__(
            self, "_entities", NameIndex.build((e.id, (e.name, *e.aliases)) for e in self.entities)
        )

    def get(self, record_id: str) -> Person | Organisation | Entity | None:
        """Return the record with this id, or None."""
        return self._by_id.get(record_id)  # type: ignore[attr-defined, no-any-return]

    def _find(self, index: NameIndex, name: str) -> Any:
        ids = index.match(name)
        return self.get(ids[0]) if len(ids) == 1 else None

    def find_person(self, name: str) -> Person | None:
        """Return the one known person ``name`` refers to, or None (unknown or ambiguous)."""
        return self._find(self._people, name)  # type: ignore[attr-defined]

    def find_organisation(self, name: str) -> Organisation | None:
        """Return the one known organisation ``name`` refers to, or None."""
        return self._find(self._orgs, name)  # type: ignore[attr-defined]

    def find_entity(self, name: str) -> Entity | None:
        """Return the entity ``name`` refers to: a listed one, or a known person/organisation."""
        found = self._find(self._entities, name)  # type: ignore[attr-defined]
        if found is not None:
            return found
        for record in (self.find_person(name), self.find_organisation(name)):
            if record is not None:
                kind: EntityKind = "person" if isinstance(record, Person) else "organisation"
                return Entity(entity_id(record.name), record.name, kind, record.aliases, record.wikidata)
        return None


def _data_file(name: str) -> Path:
    return Path(str(resources.files("claimgraph.data").joinpath(name)))


def _load_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise InputError(path, f"invalid YAML: {getattr(e, 'problem', e)}", line) from e
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping at the top")
    return data


def _names(entry: dict[str, Any], path: Path) -> tuple[str, tuple[str, ...]]:
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError(path, f"an entry has no name: {entry!r}")
    return name.strip(), tuple(str(a) for a in entry.get("aliases") or ())


@cache
def load_directory(people_path: Path | None = None, entities_path: Path | None = None) -> Directory:
    """Return the directory read from the YAML files (default: the packaged ones).

    Raises:
        InputError: a file is missing, not YAML, or an entry has no name.
    """
    people_path = people_path or _data_file("people.yaml")
    entities_path = entities_path or _data_file("entities.yaml")
    people_data = _load_yaml(people_path) if people_path.exists() else {}
    entity_data = _load_yaml(entities_path) if entities_path.exists() else {}
    titles: dict[str, str] = {}
    people: list[Person] = []
    for entry in people_data.get("people") or ():
        name, aliases = _names(entry, people_path)
        person = Person(
            id=person_id(name),
            name=name,
            aliases=aliases,
            role=entry.get("role"),
            affiliation=entry.get("affiliation"),
            wikidata=entry.get("wikidata"),
        )
        people.append(person)
        for title in entry.get("titles") or ():
            titles.setdefault(str(title).lower(), person.id)
    organisations: list[Organisation] = []
    for entry in people_data.get("organisations") or ():
        name, aliases = _names(entry, people_path)
        org = Organisation(id=organisation_id(name), name=name, aliases=aliases, wikidata=entry.get("wikidata"))
        organisations.append(org)
        for title in entry.get("titles") or ():
            titles.setdefault(str(title).lower(), org.id)
    entities: list[Entity] = []
    for entry in entity_data.get("entities") or ():
        name, aliases = _names(entry, entities_path)
        entities.append(
            Entity(
                id=entity_id(name),
                name=name,
                kind=entry.get("kind") or "other",  # type: ignore[arg-type]
                aliases=aliases,
                wikidata=entry.get("wikidata"),
            )
        )
    return Directory(tuple(people), tuple(organisations), tuple(entities), titles)
