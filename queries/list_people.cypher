// Experts: every person and organisation who stated at least one claim,
// with role, affiliation and how many claims and predictions they made.
// Parameters: none
// Returns: id, name, kind, role, affiliation, claims, predictions
MATCH (speaker)-[:STATED]->(c:Claim)
WHERE speaker:Person OR speaker:Organisation
OPTIONAL MATCH (c)-[:MAKES]->(p:Prediction)
RETURN speaker.id AS id,
       speaker.name AS name,
       CASE WHEN speaker:Person THEN 'person' ELSE 'organisation' END AS kind,
       speaker.role AS role,
       speaker.affiliation AS affiliation,
       count(DISTINCT c) AS claims,
       count(DISTINCT p) AS predictions
ORDER BY claims DESC, name
