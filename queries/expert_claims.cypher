// Everything one expert (a person or an organisation) said, newest first,
// with each prediction a claim makes, if any (a claim that makes two gives a row for each).
// @named
// @param expert expert  the person or organisation, by name or alias ("Zaluzhny", "ISW"); passed as a list of ids
// @returns published, speaker, text, direct, cue, kind, event, window_start, window_end, about, source_title, source_id, claim_id
MATCH (speaker)-[:STATED]->(c:Claim)-[:APPEARS_IN]->(s:Source)
WHERE speaker.id IN $expert
OPTIONAL MATCH (c)-[:MAKES]->(p:Prediction)
RETURN s.published AS published,
       speaker.name AS speaker,
       c.text AS text,
       c.direct AS direct,
       c.cue AS cue,
       c.kind AS kind,
       p.event AS event,
       p.window_start AS window_start,
       p.window_end AS window_end,
       COLLECT { MATCH (c)-[:ABOUT]->(e:Entity) RETURN e.name ORDER BY e.name } AS about,
       s.title AS source_title,
       s.id AS source_id,
       c.id AS claim_id
ORDER BY published DESC, source_id, c.start
