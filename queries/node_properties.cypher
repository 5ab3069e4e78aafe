// The property keys in use on each node label, for `claimgraph schema`.
// Parameters: none
// Returns: label, keys (list of strings)
MATCH (n)
UNWIND labels(n) AS label
UNWIND keys(n) AS key
WITH label, key
ORDER BY key
RETURN label, collect(DISTINCT key) AS keys
ORDER BY label
