// Every prediction with what scoring and the timeline need: who made it (and
// the organisations that person speaks for), the stated probability, the
// window, the source date and the current resolution (null: unresolved).
// Unnamed sources (speaker kind 'unnamed') only come with $include_unnamed.
// Parameters: $include_unnamed boolean
// Returns: id, speaker_id, speaker, kind, organisation_ids, organisations,
//          event, text, horizon, window_start, window_end, probability,
//          probability_words, negated, published, source_id, source_title,
//          outcome, resolved_on
MATCH (speaker)-[:STATED]->(c:Claim)-[:MAKES]->(p:Prediction)
MATCH (c)-[:APPEARS_IN]->(s:Source)
WHERE (speaker:Person OR speaker:Organisation)
  AND ($include_unnamed OR coalesce(speaker.kind, '') <> 'unnamed')
OPTIONAL MATCH (p)-[:RESOLVED_AS]->(r:Resolution {superseded: false})
RETURN p.id AS id,
       speaker.id AS speaker_id,
       speaker.name AS speaker,
       CASE WHEN speaker:Person THEN coalesce(speaker.kind, 'person') ELSE 'organisation' END AS kind,
       COLLECT { MATCH (speaker)-[:AFFILIATED_WITH]->(o:Organisation) RETURN o.id ORDER BY o.id } AS organisation_ids,
       COLLECT { MATCH (speaker)-[:AFFILIATED_WITH]->(o:Organisation) RETURN o.name ORDER BY o.id } AS organisations,
       p.event AS event,
       c.text AS text,
       p.horizon AS horizon,
       p.window_start AS window_start,
       p.window_end AS window_end,
       p.probability AS probability,
       p.probability_words AS probability_words,
       p.negated AS negated,
       s.published AS published,
       s.id AS source_id,
       s.title AS source_title,
       r.outcome AS outcome,
       r.resolved_on AS resolved_on
ORDER BY speaker, published, id
