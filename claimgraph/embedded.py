"""The embedded ArcadeDB server: started on demand, shared, stopped when idle.

A read command must not pay for a JVM start each time, so the first command
starts the server in a background process (``python -m claimgraph.embedded
serve HOME``) and later commands reuse it. Files under the home directory:

- ``server.json``   pid and ports of the running server (written when ready)
- ``credentials``   the random root password, readable by the user only
- ``credentials-reader``  the password of ``reader``, the read-only account
                    ``cypher`` and ``query`` use (ArcadeDB's own users and groups:
                    the ``reader`` group may read records and nothing else)
- ``server.lock``   taken while a command checks for / starts the server, so two
                    commands starting at once end up sharing one server
- ``last-used``     touched by every command; the server exits after
                    ``CLAIMGRAPH_IDLE_MINUTES`` without a touch
- ``server.log``    the server's own log
- ``arcadedb/``     the databases
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from graph.errors import ServerError

from .settings import EMBEDDED_DATABASE

BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"
#: The read-only account and its group (server-groups.json).
READER = "reader"
#: What the reader group may do: read records, nothing else (no schema, no
#: security, which ArcadeDB also asks of LOAD CSV; no create, update, delete).
READER_GROUP = {"resultSetLimit": -1, "readTimeout": -1, "access": [], "types": {"*": {"access": ["readRecord"]}}}
#: ArcadeDB's own groups, as it writes them when the file is missing.
DEFAULT_GROUPS = {
    "admin": {
        "resultSetLimit": -1, "readTimeout": -1,
        "access": ["updateSecurity", "updateSchema", "updateDatabaseSettings"],
        "types": {"*": {"access": ["createRecord", "readRecord", "updateRecord", "deleteRecord"]}},
    },
    "*": {"resultSetLimit": -1, "readTimeout": -1, "access": [], "types": {"*": {"access": []}}},
}
#: Longest one statement may run on the embedded server (arcadedb.command.timeout),
#: for every account, in seconds (``CLAIMGRAPH_STATEMENT_TIMEOUT`` when the server
#: starts): a runaway query fails instead of holding the server. The
#: memory of one query is bounded by ArcadeDB's defaults (queryMaxHeapRAM 512 MB,
#: queryMaxHeapElementsAllowedPerOp, queryMaxRangeSize), below the 2 GB heap.
COMMAND_TIMEOUT_S = 300.0
START_TIMEOUT_S = 90.0
# The first server of an installation writes the JVM start-up cache as it
# exits (jvmcache): about 10 s on a busy machine.
STOP_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class ServerInfo:
    """A running embedded server."""

    pid: int
    bolt_port: int
    http_port: int
    started_at: float

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"


#: Files and folders the server and commands create are the user's alone
#: (0600/0700), even under a home that already existed with wider rights.
PRIVATE_UMASK = 0o077


def _prepare_home(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True, mode=0o700)


def _private(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_APPEND) -> int:
    """Return a descriptor of ``path`` opened with ``flags``, created 0600 if new."""
    return os.open(path, flags, 0o600)


def password(home: Path, user: str = "root") -> str:
    """Return the password of ``user`` (root or reader), creating it (mode 0600) on first use."""
    _prepare_home(home)
    path = home / ("credentials" if user == "root" else f"credentials-{user}")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip()
    secret = secrets.token_urlsafe(24)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(secret + "\n")
    return secret


def touch(home: Path) -> None:
    """Mark the server as used now, postponing its idle shutdown."""
    (home / "last-used").touch(mode=0o600)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _port_open(port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


def _read_info(home: Path) -> ServerInfo | None:
    try:
        data = json.loads((home / "server.json").read_text(encoding="utf-8"))
        return ServerInfo(**data)
    except (OSError, ValueError, TypeError):
        return None


@contextmanager
def _locked(home: Path) -> Iterator[None]:
    _prepare_home(home)
    with os.fdopen(_private(home / "server.lock", os.O_WRONLY | os.O_CREAT), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def status(home: Path) -> ServerInfo | None:
    """Return the running server of ``home``, or None; stale files are removed.

    A ``server.json`` whose process is gone, or whose Bolt port does not
    answer, is stale (a crash, a reboot, a killed server).
    """
    info = _read_info(home)
    if info is None:
        return None
    if _pid_alive(info.pid) and _port_open(info.bolt_port):
        return info
    if _pid_alive(info.pid):
        # A process with that pid that does not answer: a hung server or a
        # recycled pid. Only ours is signalled.
        if _is_our_server(info.pid):
            os.kill(info.pid, signal.SIGKILL)
    (home / "server.json").unlink(missing_ok=True)
    return None


def disk_usage(home: Path) -> int:
    """Return the bytes the databases of ``home`` take on disk (0 before the first start)."""
    return sum(f.stat().st_size for f in (home / "arcadedb").rglob("*") if f.is_file())


def _is_our_server(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"claimgraph.embedded" in cmdline


def start(home: Path, idle_minutes: float) -> ServerInfo:
    """Return the running server of ``home``, starting one if there is none.

    Raises:
        ServerError: the server did not come up (its log is named).
    """
    with _locked(home):
        touch(home)
        info = status(home)
        if info is not None:
            return info
        log = os.fdopen(_private(home / "server.log"), "ab")
        process = subprocess.Popen(
            [sys.executable, "-m", "claimgraph.embedded", "serve", str(home), str(idle_minutes)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=home,  # the JVM writes its log/ folder into its working directory
            close_fds=True,
            # The JVM creates the database files: theirs are private too.
            umask=PRIVATE_UMASK,
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            info = _read_info(home)
            if info is not None and info.pid == process.pid:
                return info
            if process.poll() is not None:
                raise ServerError(
                    f"the embedded server exited at start (code {process.returncode}); "
                    f"see {home / 'server.log'}"
                )
            time.sleep(0.05)
        process.kill()
        raise ServerError(f"the embedded server did not start in {START_TIMEOUT_S:.0f} s; see {home / 'server.log'}")


def stop(home: Path) -> bool:
    """Stop the server of ``home``; return False when none was running.

    Raises:
        ServerError: it did not stop in time.
    """
    with _locked(home):
        info = status(home)
        if info is None:
            return False
        os.kill(info.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while time.monotonic() < deadline:
            if not _pid_alive(info.pid) or _zombie(info.pid):
                (home / "server.json").unlink(missing_ok=True)
                return True
            time.sleep(0.05)
        raise ServerError(f"the embedded server (pid {info.pid}) did not stop in {STOP_TIMEOUT_S:.0f} s")


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except (OSError, IndexError):
        return False


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


#: JVM options of the server. The parallel collector: about 15 % off the named
#: queries' latency against the default G1 on two cores (bench/bench_ingest.py).
JVM_ARGS = "-XX:+UseParallelGC"


def serve(home: Path, idle_minutes: float) -> None:
    """Run the server in this process until stopped or idle (the daemon's body).

    The JVM starts from the installation's start-up cache (``jvmcache``), or
    records it for the next start.
    """
    from . import jvmcache

    cache = jvmcache.cache_file(JVM_ARGS)
    aot, partial = jvmcache.options(cache)
    try:
        _serve(home, idle_minutes, f"{JVM_ARGS} {aot}".strip())
    finally:
        jvmcache.keep(partial, cache)


def _serve(home: Path, idle_minutes: float, jvm_args: str) -> None:
    from arcadedb_embedded.server import ArcadeDBServer

    os.umask(PRIVATE_UMASK)  # also when started by hand, not through start()
    stopping = False

    def request_stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    bolt_port, http_port = _free_port(), _free_port()
    server = ArcadeDBServer(
        root_path=str(home / "arcadedb"),
        root_password=password(home),
        config={
            "host": "127.0.0.1",
            "http_port": http_port,
            "server_plugins": BOLT_PLUGIN,
            "bolt_port": bolt_port,
        },
        jvm_kwargs={"heap_size": "2g", "jvm_args": jvm_args},
    )
    _write_groups(home / "arcadedb" / "config" / "server-groups.json")
    import jpype

    jpype.JClass("com.arcadedb.GlobalConfiguration").COMMAND_TIMEOUT.setValue(jpype.JLong(int(_statement_timeout() * 1000)))
    server.start()
    try:
        if not (home / "arcadedb" / "databases" / EMBEDDED_DATABASE).exists():
            server.create_database(EMBEDDED_DATABASE)
        _create_reader(server, password(home, READER))
        info = ServerInfo(os.getpid(), bolt_port, http_port, time.time())
        ready = home / "server.json.tmp"
        ready.write_text(json.dumps(asdict(info)), encoding="utf-8")
        ready.replace(home / "server.json")
        touch(home)
        while not stopping:
            time.sleep(0.5)
            if _idle_for(home) > idle_minutes * 60:
                # Under the lock, so that no command reuses this server, or
                # starts a second one on the same files, while it shuts down.
                with _locked(home):
                    if _idle_for(home) > idle_minutes * 60:
                        _shutdown(home, server)
                        return
    except BaseException:
        _shutdown(home, server)
        raise
    # Asked to stop: `stop()` holds the lock while it waits for us.
    _shutdown(home, server)


def _statement_timeout() -> float:
    try:
        return float(os.environ.get("CLAIMGRAPH_STATEMENT_TIMEOUT") or COMMAND_TIMEOUT_S)
    except ValueError:
        return COMMAND_TIMEOUT_S


def _write_groups(path: Path) -> None:
    """Add the reader group to ArcadeDB's server-groups.json (read at start)."""
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        config = {"databases": {"*": {"groups": dict(DEFAULT_GROUPS)}}, "version": 2}
    config.setdefault("databases", {}).setdefault("*", {}).setdefault("groups", {})[READER] = READER_GROUP
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")


def _create_reader(server: object, secret: str) -> None:
    """(Re)create the reader account with ``secret``, member of the reader group on our database."""
    import jpype

    # The Python binding has no user API: the server's own security object has.
    security = server._java_server.getSecurity()  # type: ignore[attr-defined]
    if security.existsUser(READER):
        security.dropUser(READER)
    user = {"name": READER, "password": str(security.encodePassword(secret)), "databases": {EMBEDDED_DATABASE: [READER]}}
    security.createUser(jpype.JClass("com.arcadedb.serializer.json.JSONObject")(json.dumps(user)))


def _idle_for(home: Path) -> float:
    try:
        return time.time() - (home / "last-used").stat().st_mtime
    except OSError:
        return 0.0


def _shutdown(home: Path, server: object) -> None:
    current = _read_info(home)
    if current is not None and current.pid == os.getpid():
        (home / "server.json").unlink(missing_ok=True)
    server.stop()  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    """Entry point of ``python -m claimgraph.embedded serve HOME IDLE_MINUTES``."""
    if len(argv) != 3 or argv[0] != "serve":
        print("usage: python -m claimgraph.embedded serve HOME IDLE_MINUTES", file=sys.stderr)
        return 2
    serve(Path(argv[1]), float(argv[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
