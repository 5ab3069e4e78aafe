// The property keys in use on each relationship type, for `claimgraph schema`.
// Parameters: none
// Returns: type, keys (list of strings)
MATCH ()-[r]->()
UNWIND keys(r) AS key
WITH type(r) AS type, key
ORDER BY key
RETURN type, collect(DISTINCT key) AS keys
ORDER BY type
