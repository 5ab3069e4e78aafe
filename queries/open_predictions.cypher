// Open predictions (nobody has resolved them yet), the overdue ones first:
// overdue means the window closed before the reference day. Sorting by the
// end of the window puts them first, the longest overdue at the top; windows
// without an end come last.
// One row per open prediction: its status is 'open' until a resolution is
// recorded (`claimgraph resolve` and `import-rdf` set it to 'resolved'; a
// resolution written by hand must too). Starts from the predictions: a
// label-less (who) first would make ArcadeDB scan every node of the graph.
// @named
// @param as_of date?  the reference day (default: today)
// @returns speaker, event, window_start, window_end, overdue, days_overdue, probability, negated, text, prediction_id
WITH coalesce($as_of, date()) AS today
MATCH (p:Prediction {status: 'open'})<-[:MAKES]-(c:Claim)<-[:STATED]-(who)
RETURN who.name AS speaker,
       p.event AS event,
       p.window_start AS window_start,
       p.window_end AS window_end,
       coalesce(p.window_end < today, false) AS overdue,
       CASE WHEN p.window_end < today THEN duration.inDays(p.window_end, today).days ELSE 0 END AS days_overdue,
       p.probability AS probability,
       p.negated AS negated,
       c.text AS text,
       p.id AS prediction_id
ORDER BY p.window_end, who.name, p.id
