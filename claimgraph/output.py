"""Printing listings as a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import os
import sys
from datetime import date
from enum import Enum
from typing import Any, TextIO


class Format(str, Enum):
    """How a listing is printed."""

    table = "table"
    json = "json"
    csv = "csv"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def emit(
    rows: list[dict[str, Any]],
    columns: list[str],
    fmt: Format,
    *,
    title: str | None = None,
    out: TextIO | None = None,
) -> None:
    """Print ``rows`` (only ``columns``, in that order) in the chosen format."""
    out = out or sys.stdout
    picked = [{c: row.get(c) for c in columns} for row in rows]
    if fmt is Format.json:
        json.dump(picked, out, ensure_ascii=False, indent=2, default=_json_default)
        out.write("\n")
    elif fmt is Format.csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in picked:
            writer.writerow([_cell(row[c]) for c in columns])
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False, title_justify="left")
        for column in columns:
            table.add_column(column.replace("_", " "), overflow="fold")
        for row in picked:
            table.add_row(*(_cell(row[c]) for c in columns))
        # Piped output keeps long cells readable at 160 columns unless the
        # user sets COLUMNS (rich reads it).
        wide = out.isatty() or "COLUMNS" in os.environ
        Console(file=out, width=None if wide else 160).print(table)
