// Who predicted what, and for which time window, with how it turned out.
// Each filter is skipped when its parameter is null (or false); predictions of
// unnamed sources (speaker kind 'unnamed') only come with $include_unnamed.
// Parameters: $speaker_ids list of strings or null,
//             $open_on date or null (only windows not yet closed on that day:
//             no end, or an end on or after it; resolved or not),
//             $due_before date or null (windows ending before that day),
//             $unresolved boolean (only predictions without a current
//             resolution, whatever their window),
//             $kind string or null ('forecast' or 'intention'),
//             $include_unnamed boolean
// Returns: id, speaker, speaker_id, event, kind, condition, horizon, window_start,
//          window_end, probability, probability_words, negated, status, text, source_id,
//          published, outcome (of the current resolution, null while
//          unresolved), resolved_on
MATCH (speaker)-[:STATED]->(c:Claim)-[:MAKES]->(p:Prediction)
MATCH (c)-[:APPEARS_IN]->(s:Source)
WHERE ($speaker_ids IS NULL OR speaker.id IN $speaker_ids)
  AND ($include_unnamed OR coalesce(speaker.kind, '') <> 'unnamed')
  AND ($open_on IS NULL OR p.window_end IS NULL OR p.window_end >= $open_on)
  AND ($due_before IS NULL OR p.window_end < $due_before)
  AND ($kind IS NULL OR coalesce(p.kind, 'forecast') = $kind)
OPTIONAL MATCH (p)-[:RESOLVED_AS]->(r:Resolution {superseded: false})
WITH speaker, c, p, s, r
WHERE NOT coalesce($unresolved, false) OR r IS NULL
RETURN p.id AS id,
       speaker.name AS speaker,
       speaker.id AS speaker_id,
       p.event AS event,
       coalesce(p.kind, 'forecast') AS kind,
       p.condition AS condition,
       p.horizon AS horizon,
       p.window_start AS window_start,
       p.window_end AS window_end,
       p.probability AS probability,
       p.probability_words AS probability_words,
       p.negated AS negated,
       p.status AS status,
       c.text AS text,
       s.id AS source_id,
       s.published AS published,
       r.outcome AS outcome,
       r.resolved_on AS resolved_on
ORDER BY window_end, speaker, id
