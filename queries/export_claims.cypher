// The claims of the given sources with their predictions and the ids of the
// entities they are about, for export.
// Parameters: $source_ids list of strings or null (null: all sources)
// Returns: claim (map), predictions (list of maps, possibly empty), about
//          (list of entity ids)
MATCH (c:Claim)-[:APPEARS_IN]->(s:Source)
WHERE $source_ids IS NULL OR s.id IN $source_ids
RETURN properties(c) AS claim,
       COLLECT { MATCH (c)-[:MAKES]->(p:Prediction) RETURN properties(p) ORDER BY p.id } AS predictions,
       COLLECT { MATCH (c)-[:ABOUT]->(e:Entity) RETURN e.id ORDER BY e.id } AS about
ORDER BY c.source_id, c.start, c.id
