// Record how predictions turned out. A resolution never changes its
// prediction: it is a node of its own, (:Prediction)-[:RESOLVED_AS]->(:Resolution),
// and the prediction's earlier resolutions stay, marked superseded, so the
// history of a verdict is kept. Exactly one resolution per resolved prediction
// has superseded = false: the current one. Recording the current resolution
// again changes nothing; recording an older one again makes it current.
// Parameters: $rows list of maps {id, prediction_id, outcome, resolved_on
//             (date), evidence (list of strings), note, resolved_by, origin,
//             recorded_at (datetime)}
// Returns: id, prediction_id, change ('new': first resolution of the
//          prediction, 'replaced': it supersedes another, 'unchanged')
UNWIND $rows AS row
MATCH (p:Prediction {id: row.prediction_id})
OPTIONAL MATCH (p)-[:RESOLVED_AS]->(current:Resolution {superseded: false})
WITH row, p, current,
     CASE
       WHEN current IS NULL THEN 'new'
       WHEN current.id = row.id THEN 'unchanged'
       ELSE 'replaced'
     END AS change
FOREACH (old IN CASE WHEN change = 'replaced' THEN [current] ELSE [] END |
  SET old.superseded = true
)
MERGE (r:Resolution {id: row.id})
ON CREATE SET r.prediction_id = row.prediction_id,
              r.outcome = row.outcome,
              r.resolved_on = row.resolved_on,
              r.evidence = row.evidence,
              r.note = row.note,
              r.resolved_by = row.resolved_by,
              r.origin = row.origin,
              r.recorded_at = row.recorded_at,
              r.superseded = false
ON MATCH SET r.recorded_at = CASE WHEN change = 'unchanged' THEN r.recorded_at ELSE row.recorded_at END,
             r.origin = CASE WHEN change = 'unchanged' THEN r.origin ELSE row.origin END,
             r.superseded = false
MERGE (p)-[:RESOLVED_AS]->(r)
SET p.status = 'resolved'
RETURN r.id AS id, p.id AS prediction_id, change
