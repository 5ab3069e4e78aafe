from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.model import source_id
from ingest.read import body_start, read_source, read_sources

ARTICLE = "Yevhen Magda, director of the Institute of World Politics, said that the war will go on for a long time and that the talks are not going anywhere.\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_front_matter_is_read_and_offsets_index_the_whole_file(tmp_path: Path) -> None:
    text = "---\ntitle: A title\nurl: https://example.org/a\npublisher: Example\npublished: 2022-12-20\nlanguage: en\n---\n" + ARTICLE
    source = read_source(write(tmp_path, "a.md", text))
    assert source.text == text
    assert (source.title, source.url, source.publisher, source.published) == ("A title", "https://example.org/a", "Example", date(2022, 12, 20))
    assert source.id == source_id("https://example.org/a", text)
    assert text[body_start(text) :] == ARTICLE


def test_keyword_arguments_override_the_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "---\npublished: 2022-12-20\npublisher: Old\n---\n" + ARTICLE)
    source = read_source(path, published="2023-01-02", publisher="New", title="T", url="https://x.org/1")
    assert (source.published, source.publisher, source.title, source.url) == (date(2023, 1, 2), "New", "T", "https://x.org/1")


def test_a_file_without_front_matter_has_no_metadata(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "a.txt", ARTICLE))
    assert source.published is None and body_start(source.text) == 0


@pytest.mark.parametrize(
    "name, content, message, line",
    [
        ("empty.txt", "", "empty", None),
        ("blank.txt", "  \n\n", "empty", None),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary", None),
        ("latin1.txt", "Line one is fine.\nCaf\xe9 latte\n".encode("latin-1"), "not valid UTF-8", 2),
        ("open.md", "---\ntitle: x\n" + ARTICLE, "never closed", 1),
        ("badyaml.md", "---\ntitle: [unclosed\n---\n" + ARTICLE, "malformed front matter", None),
        ("list.md", "---\n- a\n- b\n---\n" + ARTICLE, "key: value", 2),
        ("date.md", "---\npublished: 20 December\n---\n" + ARTICLE, "YYYY-MM-DD", None),
        ("title.md", "---\ntitle: [a, b]\n---\n" + ARTICLE, "title must be text, not a list", None),
        ("publisher.md", "---\npublisher: {name: x}\n---\n" + ARTICLE, "publisher must be text, not a mapping", None),
        ("feb30.md", "---\npublished: 2023-02-30\n---\n" + ARTICLE, "not '2023-02-30'", None),
        ("nobody.md", "---\ntitle: x\n---\n\n", "no article text", None),
        ("cyrillic.txt", "Головком не виключив, що Росія може знову спробувати атакувати Київ з території Білорусі.\n", "not in English", None),
        ("german.txt", "Der Oberbefehlshaber schloss nicht aus, dass Russland erneut versuchen könnte, Kiew anzugreifen. Eine weitere große Invasion könnte im Februar oder März stattfinden, schlimmstenfalls Ende Januar.\n", "does not look like English", None),
        ("lang.md", "---\nlanguage: uk\n---\n" + ARTICLE, "English only", None),
    ],
)
def test_bad_input_raises_one_clear_input_error(tmp_path: Path, name: str, content: str | bytes, message: str, line: int | None) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))
    assert "\n" not in str(caught.value)
    if line is not None:
        assert caught.value.line == line


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_source(tmp_path / "nope.txt")


def test_jsonl_yields_sources_and_errors_so_a_batch_keeps_going(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": ARTICLE, "published": "2022-12-20", "url": "https://x.org/1"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": ARTICLE, "published": "yesterday"}),
        json.dumps({"text": ARTICLE, "publisher": "P"}),
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    results = list(read_sources(path))
    assert [type(r).__name__ for r in results] == ["Source", "InputError", "InputError", "InputError", "Source"]
    assert [r.line for r in results if isinstance(r, InputError)] == [2, 3, 5]
    first = results[0]
    assert not isinstance(first, InputError)
    assert first.text == ARTICLE and first.published == date(2022, 12, 20) and first.path == f"{path}:1"


def test_html_body_and_metadata_come_from_the_html_extractor(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Threat from the north</title>"
        '<meta property="og:site_name" content="Example News"><meta name="date" content="2022-12-20">'
        '<link rel="canonical" href="https://example.org/a"></head><body><nav>Home | World | Sport</nav>'
        "<article><h1>Threat from the north</h1><p>" + ARTICLE + " The analyst spoke on Tuesday in Kyiv.</p>"
        "<p>&ldquo;Russia will try again,&rdquo; said Magda, who has followed Belarus for many years.</p></article>"
        "<footer>Copyright Example News</footer></body></html>"
    )
    source = read_source(write(tmp_path, "a.html", html))
    assert "Home | World" not in source.text and "Copyright" not in source.text
    assert "“Russia will try again,” said Magda" in source.text
    assert (source.publisher, source.published, source.url) == ("Example News", date(2022, 12, 20), "https://example.org/a")


@pytest.mark.parametrize(
    "name, published",
    [
        ("tsn-2022-12-20-putin-minsk.txt", date(2022, 12, 20)),
        ("2023-01-05.md", date(2023, 1, 5)),
        ("report-2023-02-30-then-2023-03-01.txt", date(2023, 3, 1)),  # the first valid one
        ("id-12022-12-20.txt", None),  # part of a longer number
        ("draft.txt", None),
    ],
)
def test_a_date_in_the_file_name_is_the_publication_date_of_last_resort(tmp_path: Path, name: str, published: date | None) -> None:
    assert read_source(write(tmp_path, name, ARTICLE)).published == published


def test_the_file_name_date_gives_way_to_the_front_matter_and_the_command_line(tmp_path: Path) -> None:
    path = write(tmp_path, "tsn-2022-12-20-x.md", "---\npublished: 2022-12-21\n---\n" + ARTICLE)
    assert read_source(path).published == date(2022, 12, 21)
    assert read_source(path, published="2023-01-02").published == date(2023, 1, 2)


def test_jsonl_lines_take_no_date_from_the_file_name(tmp_path: Path) -> None:
    path = write(tmp_path, "feed-2022-12-20.jsonl", json.dumps({"text": ARTICLE}) + "\n")
    (source,) = read_sources(path)
    assert not isinstance(source, InputError) and source.published is None


@pytest.fixture
def small_limits() -> Iterator[None]:
    from graph import limits

    previous = limits.use(limits.Limits(article_chars=1_000, line_chars=1_500, literal_chars=1_000))
    yield
    limits.use(previous)


def test_an_article_past_the_limit_is_refused_before_its_front_matter_is_read(tmp_path: Path, small_limits: None) -> None:
    path = write(tmp_path, "long.md", "---\ntitle: [unclosed\n---\n" + ARTICLE * 8)
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert str(caught.value) == (
        f"{path}: the article has 1,201 characters, more than the limit of 1,000 (set CLAIMGRAPH_MAX_ARTICLE_CHARS to change it)"
    )


def test_a_jsonl_line_past_a_limit_fails_alone(tmp_path: Path, small_limits: None) -> None:
    lines = [{"text": ARTICLE}, {"text": ARTICLE * 8}, {"text": ARTICLE * 12}, {"text": ARTICLE.replace("long", "short")}]
    path = write(tmp_path, "c.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    got = list(read_sources(path))
    assert [type(g).__name__ for g in got] == ["Source", "InputError", "InputError", "Source"]
    assert "the article has 1,176 characters" in str(got[1]) and got[1].line == 2  # type: ignore[union-attr]
    assert "the line has 1,788 characters, more than the limit of 1,500" in str(got[2]) and got[2].line == 3  # type: ignore[union-attr]
