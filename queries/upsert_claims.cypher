// Create or update claims, each linked to its speaker (a Person or an
// Organisation) by STATED and to its source by APPEARS_IN.
// Parameters: $rows list of maps {id, source_id, speaker_id, text, start, end,
//             direct, cue, kind, confidence}
// Returns: count
UNWIND $rows AS row
MATCH (s:Source {id: row.source_id})
OPTIONAL MATCH (person:Person {id: row.speaker_id})
OPTIONAL MATCH (org:Organisation {id: row.speaker_id})
WITH row, s, coalesce(person, org) AS speaker
MERGE (c:Claim {id: row.id})
SET c.text = row.text,
    c.start = row.start,
    c.end = row.end,
    c.direct = row.direct,
    c.cue = row.cue,
    c.kind = row.kind,
    c.confidence = row.confidence,
    c.speaker_id = row.speaker_id,
    c.source_id = row.source_id
MERGE (c)-[:APPEARS_IN]->(s)
WITH c, speaker
OPTIONAL MATCH (c)<-[old:STATED]-(previous)
WHERE previous <> speaker
DELETE old
MERGE (speaker)-[:STATED]->(c)
RETURN count(c) AS count
