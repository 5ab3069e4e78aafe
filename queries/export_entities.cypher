// Every entity with all its properties, for export.
// Parameters: none
// Returns: entity (map of properties)
MATCH (e:Entity)
RETURN properties(e) AS entity
ORDER BY e.id
