// Predictions that point opposite ways: two experts predict the same kind of
// event about the same entity, one that it will happen and the other that it
// will not (Prediction.negated differs), with overlapping or open windows.
// Each pair is listed once, the affirmative prediction first.
// Written entity first: ArcadeDB runs a pattern from its first node, so
// starting from the (few) entities asked for, then the negated predictions
// about each (the rarer side), keeps the work to the pairs that can match.
// @named
// @param about entity?  only this entity, by name or alias (default: every entity)
// @returns entity, says_yes, event_yes, window_yes, says_no, event_no, window_no, prediction_yes, prediction_no
MATCH (e:Entity)
WHERE $about IS NULL OR e.id IN $about
MATCH (e)<-[:ABOUT]-(cb:Claim)-[:MAKES]->(pb:Prediction {negated: true})
MATCH (cb)<-[:STATED]-(b)
MATCH (e)<-[:ABOUT]-(ca:Claim)-[:MAKES]->(pa:Prediction {negated: false})
WHERE (pa.window_end IS NULL OR pb.window_start IS NULL OR pb.window_start <= pa.window_end)
  AND (pb.window_end IS NULL OR pa.window_start IS NULL OR pa.window_start <= pb.window_end)
MATCH (ca)<-[:STATED]-(a)
WHERE a <> b
RETURN e.name AS entity,
       a.name AS says_yes,
       pa.event AS event_yes,
       toString(pa.window_start) + ' .. ' + toString(pa.window_end) AS window_yes,
       b.name AS says_no,
       pb.event AS event_no,
       toString(pb.window_start) + ' .. ' + toString(pb.window_end) AS window_no,
       pa.id AS prediction_yes,
       pb.id AS prediction_no
ORDER BY entity, says_yes, says_no, prediction_yes, prediction_no
