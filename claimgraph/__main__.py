"""``python -m claimgraph`` runs the command line."""

from .cli import app

app(prog_name="claimgraph")
