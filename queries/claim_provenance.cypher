// The path from a claim back to its source text: who stated it, the article
// it appears in, the exact span and the words around it, and why it went to
// its speaker: the offsets of its cue, of the speaker mention and of the
// mention a pronoun or title was resolved to, and of the outlet or
// organisation that relays it (null when unknown).
// @named
// @param claim string  the claim id ("claim:…"; see `claimgraph claims --format json`)
// @returns speaker, role, affiliation, span, start, end, before, after, direct, cue, cue_start, cue_end, mention, mention_start, mention_end, antecedent, antecedent_start, antecedent_end, via, via_start, via_end, source_title, publisher, published, url, source_id
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
       c.cue_start AS cue_start,
       c.cue_end AS cue_end,
       c.mention AS mention,
       c.mention_start AS mention_start,
       c.mention_end AS mention_end,
       c.antecedent AS antecedent,
       c.antecedent_start AS antecedent_start,
       c.antecedent_end AS antecedent_end,
       c.via AS via,
       c.via_start AS via_start,
       c.via_end AS via_end,
       s.title AS source_title,
       s.publisher AS publisher,
       s.published AS published,
       s.url AS url,
       s.id AS source_id
