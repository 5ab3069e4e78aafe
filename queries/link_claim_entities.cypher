// Link claims to the entities they are about.
// Parameters: $rows list of maps {claim_id, entity_id}
// Returns: count
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id})
MATCH (e:Entity {id: row.entity_id})
MERGE (c)-[:ABOUT]->(e)
RETURN count(*) AS count
