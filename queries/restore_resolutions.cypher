// Write resolutions back exactly as they were exported (an RDF import): every
// property as given, superseded ones included, linked to their prediction
// when it exists (which is then resolved). Unlike upsert_resolution it never
// decides which verdict is current: the rows say so. Merged on the id, so
// restoring the same rows again changes nothing.
// Parameters: $rows list of maps {id, prediction_id, outcome, resolved_on
//             (date), evidence (list of strings), note, resolved_by, origin,
//             recorded_at (datetime), superseded (boolean)}
// Returns: resolutions (the number of rows written)
UNWIND $rows AS row
MERGE (r:Resolution {id: row.id})
SET r.prediction_id = row.prediction_id,
    r.outcome = row.outcome,
    r.resolved_on = row.resolved_on,
    r.evidence = row.evidence,
    r.note = row.note,
    r.resolved_by = row.resolved_by,
    r.origin = row.origin,
    r.recorded_at = row.recorded_at,
    r.superseded = row.superseded
WITH r, row
CALL (r, row) {
  MATCH (p:Prediction {id: row.prediction_id})
  MERGE (p)-[:RESOLVED_AS]->(r)
  SET p.status = 'resolved'
}
RETURN count(r) AS resolutions
