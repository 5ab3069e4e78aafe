// Open predictions (no current resolution yet), the overdue ones first:
// overdue means the window closed before the reference day and still nobody
// resolved it.
// One row per open prediction. Starts from the predictions: a label-less
// (speaker) first would make ArcadeDB scan every node of the graph.
// @named
// @param as_of date?  the reference day (default: today)
// @returns speaker, event, window_start, window_end, overdue, days_overdue, probability, negated, text, prediction_id
WITH coalesce($as_of, date()) AS today
MATCH (p:Prediction)
WHERE NOT EXISTS { (p)-[:RESOLVED_AS]->(:Resolution {superseded: false}) }
MATCH (p)<-[:MAKES]-(c:Claim)<-[:STATED]-(speaker)
WITH today, speaker, c, p,
     p.window_end IS NOT NULL AND p.window_end < today AS overdue
RETURN speaker.name AS speaker,
       p.event AS event,
       p.window_start AS window_start,
       p.window_end AS window_end,
       overdue,
       CASE WHEN overdue THEN duration.inDays(p.window_end, today).days ELSE 0 END AS days_overdue,
       p.probability AS probability,
       p.negated AS negated,
       c.text AS text,
       p.id AS prediction_id
ORDER BY overdue DESC, days_overdue DESC, window_end, speaker, prediction_id
