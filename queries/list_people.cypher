// Experts: every person and organisation who stated at least one claim,
// with role, affiliation and how many claims and predictions they made.
// Unnamed sources ("officials", kind 'unnamed') only when asked.
// Parameters: $include_unnamed boolean
// Returns: id, name, kind ('person', 'organisation' or 'unnamed'), role,
//          affiliation, claims, predictions
MATCH (speaker)-[:STATED]->(c:Claim)
WHERE (speaker:Person OR speaker:Organisation)
  AND ($include_unnamed OR coalesce(speaker.kind, '') <> 'unnamed')
OPTIONAL MATCH (c)-[:MAKES]->(p:Prediction)
RETURN speaker.id AS id,
       speaker.name AS name,
       CASE WHEN speaker:Person THEN coalesce(speaker.kind, 'person') ELSE 'organisation' END AS kind,
       speaker.role AS role,
       speaker.affiliation AS affiliation,
       count(DISTINCT c) AS claims,
       count(DISTINCT p) AS predictions
ORDER BY claims DESC, name
