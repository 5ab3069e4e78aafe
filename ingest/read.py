"""Read articles into ``Source`` records: text files, HTML and JSON Lines.

Offsets of claims index ``Source.text``. For .txt/.md that is the whole file
as decoded (front matter included), so ``file_text[start:end]`` is the claim;
for HTML it is the article text the HTML extractor returns (an HTML file has
no plain-text offsets of its own); for .jsonl it is the line's ``text``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from graph import limits
from graph.errors import InputError
from graph.model import Source, source_id
from graph.yamlfile import Loader

#: How many times its article's limit an HTML page may be (markup, scripts, menus).
HTML_FACTOR = 5

#: Metadata keys read from front matter and JSON lines.
METADATA_KEYS = ("title", "url", "publisher", "published", "language")

_FRONT_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def body_start(text: str) -> int:
    """Return the offset where the article body starts (after any front matter).

    A text without front matter starts its body at 0. Raises nothing: a front
    matter that is not closed is reported by ``read_source``, here it counts
    as body.
    """
    if not _FRONT_OPEN.match(text):
        return 0
    opening = _FRONT_OPEN.match(text)
    assert opening is not None
    close = _FRONT_CLOSE.search(text, opening.end())
    return close.end() if close else 0


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise InputError(path, "the file is empty")
    if b"\x00" in data:
        raise InputError(path, "this is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(path, f"not valid UTF-8 (byte 0x{data[e.start]:02x})", line) from e


def _parse_date(value: Any, path: Path | str, line: int | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as e:
        raise InputError(path, f"published must be a date YYYY-MM-DD, not {value!r}", line) from e


def _front_matter(path: Path, text: str) -> dict[str, Any]:
    opening = _FRONT_OPEN.match(text)
    if not opening:
        return {}
    close = _FRONT_CLOSE.search(text, opening.end())
    if not close:
        raise InputError(path, "front matter opened with '---' is never closed", 1)
    block = text[opening.end() : close.start()]
    try:
        # Dates stay text (``_parse_date`` checks them with a clear message)
        # and aliases are refused: a few nested ones expand to gigabytes.
        meta = yaml.load(block, Loader=Loader) or {}  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        raise InputError(path, f"malformed front matter: {getattr(e, 'problem', None) or e}", line) from e
    if not isinstance(meta, dict):
        raise InputError(path, "front matter must be 'key: value' lines", 2)
    return meta


#: A date in a file name: 2022-12-20, not part of a longer run of digits.
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def date_in_name(path: Path) -> date | None:
    """Return the first valid YYYY-MM-DD date in the file name, as in
    ``tsn-2022-12-20-putin-minsk.txt``: the publication date of last resort."""
    for match in _NAME_DATE.finditer(path.stem):
        try:
            return date(*map(int, match.groups()))
        except ValueError:
            continue
    return None


def _check_english(path: Path | str, body: str, language: str | None, line: int | None = None) -> None:
    """Raise InputError unless ``body`` looks like English prose."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if language and language.lower().split("-")[0] not in ("en", "eng", "english"):
        raise InputError(path, f"language {language!r} is not supported: claimgraph reads English only", line)
    words = _WORD.findall(body)
    if not words:
        raise InputError(path, "no words in the text", line)
    # Non-Latin scripts (Cyrillic, ...) fail the first test; Latin-script
    # languages fail the second: English prose is about 40-50% stop words.
    latin = sum(1 for w in words if w.isascii())
    if latin / len(words) < 0.7:
        raise InputError(path, "the text is not in English (mostly non-Latin words)", line)
    if len(words) >= 20:
        share = sum(1 for w in words if w.lower() in STOP_WORDS) / len(words)
        if share < 0.15:
            raise InputError(path, "the text does not look like English (too few English function words)", line)


def check_article_size(path: Path | str, text: str, line: int | None = None) -> None:
    """Raise InputError when ``text`` is longer than the article limit (``graph.limits``)."""
    limit = limits.current().article_chars
    if len(text) > limit:
        raise InputError(path, limits.too_long("the article", len(text), limit, "CLAIMGRAPH_MAX_ARTICLE_CHARS"), line)


def _source(
    path: Path | str,
    text: str,
    body: str,
    meta: dict[str, Any],
    overrides: dict[str, Any],
    line: int | None = None,
    source_path: str | None = None,
) -> Source:
    check_article_size(path, text, line)
    merged = {k: meta.get(k) for k in METADATA_KEYS} | {k: v for k, v in overrides.items() if v is not None}
    for key, value in merged.items():
        # A list or mapping would be stored as its Python repr.
        if isinstance(value, (list, dict)):
            kind = "a list" if isinstance(value, list) else "a mapping"
            raise InputError(path, f"{key} must be text, not {kind}", line)
    published = _parse_date(merged.get("published"), path, line)
    if published is None and line is None:
        published = date_in_name(Path(path))
    if not body.strip():
        raise InputError(path, "no article text after the front matter", line)
    language = str(merged.get("language") or "en")
    _check_english(path, body, language, line)
    url = str(merged["url"]) if merged.get("url") else None
    return Source(
        id=source_id(url, text),
        text=text,
        title=str(merged["title"]) if merged.get("title") else None,
        url=url,
        publisher=str(merged["publisher"]) if merged.get("publisher") else None,
        published=published,
        language=language,
        path=source_path or str(path),
    )


def _read_html(path: Path, raw: str, overrides: dict[str, Any]) -> Source:
    import trafilatura  # imported here: only HTML input needs it

    document = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(path, "no article text found in the HTML")
    # One paragraph a line from the extractor; a blank line between them
    # makes paragraphs look the same as in text files.
    text = re.sub(r"\n+", "\n\n", text.strip()) + "\n"
    # bare_extraction returns a trafilatura Document; read it by attribute.
    meta = {
        "title": getattr(document, "title", None),
        "url": getattr(document, "url", None),
        "publisher": getattr(document, "sitename", None) or getattr(document, "hostname", None),
        "published": getattr(document, "date", None),
        "language": getattr(document, "language", None),
    }
    return _source(path, text, text, meta, overrides)


def read_source(
    path: str | Path,
    *,
    published: date | str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Source:
    """Return the article in ``path`` (.txt, .md or .html) as a Source.

    Keyword arguments override the file's own metadata. Without a date from
    either, a YYYY-MM-DD date in the file name is the publication date.

    Raises:
        InputError: the file is missing, empty, binary, not UTF-8, has
            malformed front matter, is not English, or is a .jsonl file
            (read those with ``read_sources``).
    """
    path = Path(path)
    overrides: dict[str, Any] = {"published": published, "publisher": publisher, "url": url, "title": title}
    if path.suffix.lower() == ".jsonl":
        sources = list(read_sources(path, **overrides))
        if len(sources) != 1:
            raise InputError(path, f"holds {len(sources)} articles: read it with read_sources")
        if isinstance(sources[0], InputError):
            raise sources[0]
        return sources[0]
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from e
    if path.suffix.lower() in (".html", ".htm"):
        text = _decode(path, data)
        # Markup takes room: the page may be a few times its article's size.
        if len(text) > HTML_FACTOR * limits.current().article_chars:
            raise InputError(path, limits.too_long(
                "the page", len(text), HTML_FACTOR * limits.current().article_chars,
                f"CLAIMGRAPH_MAX_ARTICLE_CHARS (times {HTML_FACTOR} for HTML)"))
        return _read_html(path, text, overrides)
    text = _decode(path, data)
    check_article_size(path, text)  # before the front matter is parsed
    meta = _front_matter(path, text)
    return _source(path, text, text[body_start(text) :], meta, overrides)


def read_sources(
    path: str | Path,
    *,
    published: date | str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Iterator[Source | InputError]:
    """Yield the articles of ``path``: one per line of a .jsonl file, else one.

    A bad line yields an ``InputError`` (with its line number) in its place,
    so a batch keeps going and can list every bad line at the end.

    Raises:
        InputError: the file itself cannot be read (missing, binary, not UTF-8).
    """
    path = Path(path)
    overrides: dict[str, Any] = {"published": published, "publisher": publisher, "url": url, "title": title}
    if path.suffix.lower() != ".jsonl":
        try:
            yield read_source(path, **overrides)
        except InputError as e:
            yield e
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from e
    content = _decode(path, data)
    longest = limits.current().line_chars
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        if len(line) > longest:
            yield InputError(path, limits.too_long("the line", len(line), longest, "CLAIMGRAPH_MAX_LINE_CHARS"), number)
            continue
        try:
            yield _json_line(path, line, number, overrides)
        except InputError as e:
            yield e


def _json_line(path: Path, line: str, number: int, overrides: dict[str, Any]) -> Source:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(path, f"malformed JSON: {e.msg} (column {e.colno})", number) from e
    if not isinstance(record, dict):
        raise InputError(path, "each line must be a JSON object", number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(path, "the object has no 'text' string", number)
    return _source(path, text, text, record, overrides, number, f"{path}:{number}")
