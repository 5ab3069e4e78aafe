// Delete every node and relationship (used by `claimgraph db reset` and the tests).
// Parameters: none
// Returns: nothing
MATCH (n)
DETACH DELETE n
