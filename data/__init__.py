"""claimgraph's data files: known people, lexicons and sample articles (installed as claimgraph.data)."""
