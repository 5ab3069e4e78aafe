// The path from a claim back to its source text: who stated it, the article
// it appears in, the exact span and the words around it.
// @named
// @param claim string  the claim id ("claim:…"; see `claimgraph claims --format json`)
// @returns speaker, role, affiliation, span, start, end, before, after, direct, cue, source_title, publisher, published, url, source_id
MATCH (speaker)-[:STATED]->(c:Claim {id: $claim})-[:APPEARS_IN]->(s:Source)
WITH speaker, c, s,
     CASE WHEN c.start < 80 THEN 0 ELSE c.start - 80 END AS lead
RETURN speaker.name AS speaker,
       speaker.role AS role,
       speaker.affiliation AS affiliation,
       substring(s.text, c.start, c.end - c.start) AS span,
       c.start AS start,
       c.end AS end,
       substring(s.text, lead, c.start - lead) AS before,
       substring(s.text, c.end, 80) AS after,
       c.direct AS direct,
       c.cue AS cue,
       s.title AS source_title,
       s.publisher AS publisher,
       s.published AS published,
       s.url AS url,
       s.id AS source_id
