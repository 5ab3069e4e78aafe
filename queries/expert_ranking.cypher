// Experts ranked by how many predictions they made and, once predictions are
// resolved, by how often they were right. Only a prediction's current
// resolution counts (superseded = false). The outcome says whether the event
// happened, so a negated prediction ("there will be no attack") is right when
// the outcome is 'no': right counts 1, 'partly' 0.5, wrong 0; 'ambiguous' and
// 'annulled' are not scored. With no resolutions at all every expert is
// listed with resolved 0 and accuracy null.
// Starts from the predictions: a label-less (speaker) first would make
// ArcadeDB scan every node of the graph.
// @named
// @returns expert, predictions, resolved, correct, accuracy
MATCH (p:Prediction)<-[:MAKES]-(:Claim)<-[:STATED]-(speaker)
OPTIONAL MATCH (p)-[:RESOLVED_AS]->(r:Resolution {superseded: false})
WHERE r.outcome IN ['yes', 'no', 'partly']
WITH speaker, p, r,
     CASE
       WHEN r IS NULL THEN null
       WHEN r.outcome = 'partly' THEN 0.5
       WHEN (r.outcome = 'yes') <> coalesce(p.negated, false) THEN 1.0
       ELSE 0.0
     END AS score
WITH speaker,
     count(DISTINCT p) AS predictions,
     count(score) AS resolved,
     sum(coalesce(score, 0.0)) AS correct
RETURN speaker.name AS expert,
       predictions,
       resolved,
       correct,
       CASE WHEN resolved = 0 THEN null ELSE round(correct / resolved, 3) END AS accuracy
ORDER BY predictions DESC, accuracy DESC, expert
