"""Reading untrusted RDF never reaches the network: a local HTTP server on
127.0.0.1 stands in for a remote host and must receive no request."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from rdflib import Graph

from graph.errors import InputError
from graph.rdf import NetworkRefused, offline, parse, read, validate
from graph.rdf.sparql import SparqlError, parse_header, run


class Recorder(BaseHTTPRequestHandler):
    """Answers every GET with a JSON-LD context, and records that it was asked."""

    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        Recorder.requests.append(self.path)
        body = json.dumps({"@context": {"name": "https://schema.org/name"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """Yield the base URL of a local HTTP server that records requests."""
    Recorder.requests = []
    httpd = HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_the_server_does_answer_when_asked(server: str) -> None:
    # Proves the other tests' silence means something: rdflib left alone
    # does fetch the remote context from this server.
    doc = {"@context": f"{server}/context.jsonld", "@id": "https://x.example/a", "name": "A"}
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    assert len(g) == 1
    assert Recorder.requests == ["/context.jsonld"]


@pytest.mark.parametrize(
    "context",
    [
        "{server}/context.jsonld",
        ["{server}/context.jsonld"],
        {"@import": "{server}/context.jsonld"},
        {"knows": {"@id": "https://schema.org/knows", "@context": "{server}/scoped.jsonld"}},
    ],
    ids=["string", "list", "import", "scoped"],
)
def test_a_remote_jsonld_context_is_refused_without_a_request(server: str, context: object) -> None:
    doc = {"@context": json.loads(json.dumps(context).replace("{server}", server)), "@id": "https://x.example/a"}
    with pytest.raises(InputError, match=r"^doc.jsonld: .*refused: claimgraph never fetches contexts"):
        parse(json.dumps(doc).encode(), "jsonld", "doc.jsonld")
    assert Recorder.requests == []


def test_the_offline_guard_stops_rdflib_itself(server: str) -> None:
    # Below the JSON-LD check: even rdflib's own fetching is cut off.
    doc = {"@context": f"{server}/context.jsonld", "@id": "https://x.example/a", "name": "A"}
    with pytest.raises(NetworkRefused), offline():
        Graph().parse(data=json.dumps(doc), format="json-ld")
    assert Recorder.requests == []


def test_the_guard_is_off_outside_parsing(server: str) -> None:
    from urllib.request import urlopen

    with urlopen(f"{server}/after") as response:  # the store's Bolt connections must keep working
        assert response.status == 200
    assert Recorder.requests == ["/after"]


def test_owl_imports_are_not_followed(server: str, tmp_path: Path) -> None:
    path = tmp_path / "imports.ttl"
    path.write_text(
        f"<https://x.example/o> a <http://www.w3.org/2002/07/owl#Ontology> ;\n"
        f"    <http://www.w3.org/2002/07/owl#imports> <{server}/ontology.ttl> .\n"
    )
    validate(read(path))
    assert Recorder.requests == []


def test_a_sparql_service_clause_reaches_nothing(server: str) -> None:
    query = parse_header("remote.rq", f"SELECT * WHERE {{ SERVICE <{server}/sparql> {{ ?s ?p ?o }} }}")
    with pytest.raises((SparqlError, NetworkRefused)):
        run(query, Graph())
    assert Recorder.requests == []


def test_a_file_name_is_never_taken_for_a_url(server: str, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read(Path(f"{server}/claims.ttl"), "turtle")
    assert Recorder.requests == []


# ---- hostile sizes and shapes ------------------------------------------------------------


@pytest.fixture
def small_limits() -> Iterator[None]:
    from graph import limits

    previous = limits.use(limits.Limits(article_chars=1_000, line_chars=2_000, literal_chars=1_000))
    yield
    limits.use(previous)


@pytest.mark.parametrize("depth", [500, 100_000])
def test_deeply_nested_jsonld_is_one_error(depth: int) -> None:
    data = ('{"@id": "https://x.example/a", "https://x.example/p": ' * depth + '"v"' + "}" * depth).encode()
    with pytest.raises(InputError, match=r"^deep.jsonld: JSON nested more than 100 levels deep$"):
        parse(data, "jsonld", "deep.jsonld")


@pytest.mark.parametrize("format", ["nt", "nquads", "turtle"])
def test_a_line_past_the_limit_is_refused_before_parsing(small_limits: None, format: str) -> None:
    data = f'<https://x.example/s> <https://x.example/p> "{"w" * 2_500}" .\n'.encode()
    with pytest.raises(InputError) as caught:
        parse(data, format, "big.nt")
    assert str(caught.value) == (
        "big.nt:1: the line has 2,548 characters, more than the limit of 2,000 (set CLAIMGRAPH_MAX_LINE_CHARS to change it)"
    )


def test_a_literal_past_the_limit_is_refused(small_limits: None) -> None:
    data = ('@prefix x: <https://x.example/> .\nx:s x:p """' + "a long text\n" * 100 + '""" .\n').encode()
    with pytest.raises(InputError, match=r"^big.ttl: https://x.example/s: a literal has 1,200 characters, more than the limit of 1,000"):
        parse(data, "turtle", "big.ttl")


@pytest.mark.parametrize("format", ["nt", "nquads"])
def test_long_lines_parse_to_the_same_graph_as_turtle(format: str) -> None:
    # N-Triples are read a line at a time (rdflib's reader is quadratic in a
    # line's length otherwise; bench/bench_limits.py times it).
    text = "word \\\"quoted\\\" and\\nnext " * 20_000
    lines = f'<https://x.example/s> <https://x.example/p> "{text}" .\n' + "".join(
        f'<https://x.example/s{i}> <https://x.example/p> "v{i}" .\n' for i in range(50)
    )
    got = parse(lines.encode(), format)
    assert len(got) == 51
    assert set(got) == set(parse(lines.encode(), "turtle"))
