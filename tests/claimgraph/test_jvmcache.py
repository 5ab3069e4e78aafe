"""The JVM start-up cache: used when present, recorded under a name of this process's own otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimgraph import jvmcache


def test_the_cache_is_named_for_the_installation_and_the_options(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMGRAPH_JVM_CACHE", str(tmp_path))
    first = jvmcache.cache_file("-XX:+UseParallelGC")
    assert first.parent == tmp_path and first.suffix == ".aot"
    assert jvmcache.cache_file("-XX:+UseParallelGC") == first
    assert jvmcache.cache_file("-XX:+UseSerialGC") != first  # a cache fits only the options it was made with


def test_a_cache_present_is_used(tmp_path: Path) -> None:
    cache = tmp_path / "a.aot"
    cache.write_bytes(b"x")
    assert jvmcache.options(cache) == (f"-XX:AOTCache={cache}", None)


def test_without_a_cache_the_server_records_one_and_keeps_it(tmp_path: Path) -> None:
    cache = tmp_path / "sub" / "a.aot"
    option, partial = jvmcache.options(cache)
    assert partial == cache.with_name(f"a.aot.{os.getpid()}.partial")
    assert option == f"-XX:AOTCacheOutput={partial}"
    partial.write_bytes(b"cache")  # what the JVM writes as it exits
    jvmcache.keep(partial, cache)  # no JVM in this process: nothing to shut down
    assert cache.read_bytes() == b"cache" and not partial.exists()


def test_a_recording_that_wrote_nothing_leaves_no_cache(tmp_path: Path) -> None:
    cache = tmp_path / "a.aot"
    _, partial = jvmcache.options(cache)
    jvmcache.keep(partial, cache)
    assert not cache.exists()
    assert jvmcache.options(cache)[0].startswith("-XX:AOTCacheOutput=")  # the next exit tries again


def test_no_cache_directory_starts_without(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert jvmcache.options(blocker / "a.aot") == ("", None)
