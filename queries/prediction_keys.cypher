// Every prediction with what a resolutions file may identify it by: its
// speaker, the words of its claim and its source (id, URL, text hash, file).
// Parameters: none
// Returns: id, speaker_id, speaker, text, event, source_id, url, text_hash,
//          path, published
MATCH (speaker)-[:STATED]->(c:Claim)-[:MAKES]->(p:Prediction)
MATCH (c)-[:APPEARS_IN]->(s:Source)
RETURN p.id AS id,
       speaker.id AS speaker_id,
       speaker.name AS speaker,
       c.text AS text,
       p.event AS event,
       s.id AS source_id,
       s.url AS url,
       s.text_hash AS text_hash,
       s.path AS path,
       s.published AS published
ORDER BY id
