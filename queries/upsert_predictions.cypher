// Create or update the predictions claims make: Claim -[:MAKES]-> Prediction.
// Parameters: $rows list of maps {id, claim_id, event, horizon, window_start
//             (date), window_end (date), probability, probability_words,
//             negated, status}
// Returns: count
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id})
MERGE (p:Prediction {id: row.id})
SET p.event = row.event,
    p.horizon = row.horizon,
    p.window_start = row.window_start,
    p.window_end = row.window_end,
    p.probability = row.probability,
    p.probability_words = row.probability_words,
    p.negated = row.negated,
    p.status = coalesce(p.status, row.status),
    p.claim_id = row.claim_id
MERGE (c)-[:MAKES]->(p)
RETURN count(p) AS count
