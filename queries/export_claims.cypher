// The claims of the given sources with their prediction and the ids of the
// entities they are about, for export.
// Parameters: $source_ids list of strings or null (null: all sources)
// Returns: claim (map), prediction (map or null), about (list of entity ids)
MATCH (c:Claim)-[:APPEARS_IN]->(s:Source)
WHERE $source_ids IS NULL OR s.id IN $source_ids
OPTIONAL MATCH (c)-[:MAKES]->(p:Prediction)
RETURN properties(c) AS claim,
       CASE WHEN p IS NULL THEN null ELSE properties(p) END AS prediction,
       COLLECT { MATCH (c)-[:ABOUT]->(e:Entity) RETURN e.id ORDER BY e.id } AS about
ORDER BY c.source_id, c.start, c.id
