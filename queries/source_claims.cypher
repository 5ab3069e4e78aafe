// The claims of one source in reading order, each with its exact span: the
// character offsets and the words of the article between them.
// @named
// @param source string  the source id ("src:…"; see `claimgraph claims`)
// @returns start, end, span, speaker, direct, cue, kind, claim_id
MATCH (c:Claim)-[:APPEARS_IN]->(s:Source {id: $source})
MATCH (speaker)-[:STATED]->(c)
RETURN c.start AS start,
       c.end AS end,
       substring(s.text, c.start, c.end - c.start) AS span,
       speaker.name AS speaker,
       c.direct AS direct,
       c.cue AS cue,
       c.kind AS kind,
       c.id AS claim_id
ORDER BY start, end, claim_id
