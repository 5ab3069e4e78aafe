// Experts who made claims about the same entity: for each entity two or more
// experts spoke about, who they are and how many claims each made.
// @named
// @returns entity, experts, speakers, claims
MATCH (speaker)-[:STATED]->(c:Claim)-[:ABOUT]->(e:Entity)
WITH e, speaker, count(c) AS claims
ORDER BY claims DESC, speaker.name
WITH e, collect(speaker.name + ' (' + toString(claims) + ')') AS speakers, sum(claims) AS claims
WHERE size(speakers) >= 2
RETURN e.name AS entity,
       size(speakers) AS experts,
       speakers,
       claims
ORDER BY experts DESC, claims DESC, entity
