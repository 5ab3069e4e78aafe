"""claimgraph: an expert-claim knowledge graph (the CLI shell and its settings)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claimgraph")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
