// Every person and organisation with all their properties, for export.
// Parameters: none
// Returns: kind ('person' or 'organisation'), speaker (map of properties)
MATCH (n)
WHERE n:Person OR n:Organisation
RETURN CASE WHEN n:Person THEN 'person' ELSE 'organisation' END AS kind,
       properties(n) AS speaker
ORDER BY n.id
