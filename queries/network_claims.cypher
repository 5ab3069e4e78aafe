// Every claim as a row for the expert network: who stated it, in which
// source, about which entities, and the predictions it makes (if any) with
// their current outcomes.
// Parameters: none
// Returns: claim_id, speaker_id, speaker, kind, source_id, source_title, source,
//          published, entities (list of maps {id, name, kind}), predictions
//          (list of maps {id, event, window_start, window_end, probability,
//          negated, outcome}, possibly empty)
MATCH (speaker)-[:STATED]->(c:Claim)-[:APPEARS_IN]->(s:Source)
WHERE speaker:Person OR speaker:Organisation
RETURN c.id AS claim_id,
       speaker.id AS speaker_id,
       speaker.name AS speaker,
       CASE WHEN speaker:Person THEN 'person' ELSE 'organisation' END AS kind,
       s.id AS source_id,
       s.title AS source_title,
       coalesce(s.label, s.title, s.id) AS source,
       s.published AS published,
       COLLECT { MATCH (c)-[:ABOUT]->(e:Entity) RETURN {id: e.id, name: e.name, kind: e.kind} ORDER BY e.id } AS entities,
       COLLECT {
         MATCH (c)-[:MAKES]->(p:Prediction)
         OPTIONAL MATCH (p)-[:RESOLVED_AS]->(r:Resolution {superseded: false})
         RETURN {id: p.id, event: p.event, window_start: p.window_start, window_end: p.window_end,
                 probability: p.probability, negated: p.negated, outcome: r.outcome}
         ORDER BY p.id
       } AS predictions
ORDER BY speaker_id, claim_id
