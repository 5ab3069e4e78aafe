// Resolutions with the prediction they settle, newest first; by default only
// the current one of each prediction. Each filter is skipped when its
// parameter is null.
// Parameters: $prediction_ids list of strings or null, $with_superseded boolean
// Returns: id, prediction_id, outcome, resolved_on, evidence, note,
//          resolved_by, origin, recorded_at, superseded, speaker, event, text
MATCH (speaker)-[:STATED]->(c:Claim)-[:MAKES]->(p:Prediction)-[:RESOLVED_AS]->(r:Resolution)
WHERE ($prediction_ids IS NULL OR p.id IN $prediction_ids)
  AND ($with_superseded OR r.superseded = false)
RETURN r.id AS id,
       p.id AS prediction_id,
       r.outcome AS outcome,
       r.resolved_on AS resolved_on,
       coalesce(r.evidence, []) AS evidence,
       r.note AS note,
       r.resolved_by AS resolved_by,
       r.origin AS origin,
       r.recorded_at AS recorded_at,
       r.superseded AS superseded,
       speaker.name AS speaker,
       p.event AS event,
       c.text AS text
ORDER BY prediction_id, recorded_at DESC, id
