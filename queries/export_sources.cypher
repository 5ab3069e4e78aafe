// Every source with all its properties, for export.
// Parameters: $source_ids list of strings or null (null: all sources)
// Returns: source (map of properties)
MATCH (s:Source)
WHERE $source_ids IS NULL OR s.id IN $source_ids
RETURN properties(s) AS source
ORDER BY s.id
