// Every entity claims are about, with its aliases, for name matching.
// Parameters: none
// Returns: id, name, aliases
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases
