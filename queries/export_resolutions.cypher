// Every resolution, superseded ones included, with the source of the
// prediction it settles (null when its prediction is gone: history is kept),
// for export.
// Parameters: $source_ids list of strings or null (null: all sources; a list
//             leaves out the resolutions whose prediction is gone)
// Returns: resolution (map of properties), source_id (string or null)
MATCH (r:Resolution)
OPTIONAL MATCH (r)<-[:RESOLVED_AS]-(:Prediction)<-[:MAKES]-(:Claim)-[:APPEARS_IN]->(s:Source)
WITH r, s
WHERE $source_ids IS NULL OR s.id IN $source_ids
RETURN properties(r) AS resolution, s.id AS source_id
ORDER BY r.prediction_id, r.recorded_at, r.id
