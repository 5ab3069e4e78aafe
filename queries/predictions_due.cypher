// Predictions whose time window overlaps a date range: what was expected to
// happen between two days. A window with only an end counts from its end.
// @named
// @param from date  first day of the range (YYYY-MM-DD)
// @param to date  last day of the range (YYYY-MM-DD)
// @returns speaker, event, window_start, window_end, probability, negated, status, text, published, prediction_id
MATCH (p:Prediction)
WHERE p.window_end >= $from
  AND coalesce(p.window_start, p.window_end) <= $to
MATCH (p)<-[:MAKES]-(c:Claim)<-[:STATED]-(speaker)
MATCH (c)-[:APPEARS_IN]->(s:Source)
RETURN speaker.name AS speaker,
       p.event AS event,
       p.window_start AS window_start,
       p.window_end AS window_end,
       p.probability AS probability,
       p.negated AS negated,
       p.status AS status,
       c.text AS text,
       s.published AS published,
       p.id AS prediction_id
ORDER BY window_end, speaker, prediction_id
