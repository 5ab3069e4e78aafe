// Remove the claims (and their predictions) of a source that are no longer in
// its latest extraction, so re-ingesting a changed article leaves no ghosts.
// Parameters: $source_id string, $claim_ids list of strings (the claims to keep)
// Returns: deleted (number of claims removed)
MATCH (c:Claim)-[:APPEARS_IN]->(:Source {id: $source_id})
WHERE NOT c.id IN $claim_ids
OPTIONAL MATCH (c)-[:MAKES]->(p:Prediction)
WITH c, p, c.id AS gone
DETACH DELETE c, p
RETURN count(DISTINCT gone) AS deleted
