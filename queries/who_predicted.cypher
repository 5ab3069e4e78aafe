// Who predicted what about an entity (a country, a place, an organisation),
// soonest window first.
// @named
// @param about entity  the entity, by name or alias ("Kyiv", "Kiev"); passed as a list of entity ids
// @returns speaker, event, horizon, window_start, window_end, probability, negated, status, text, published, source_title, prediction_id
MATCH (e:Entity)<-[:ABOUT]-(c:Claim)-[:MAKES]->(p:Prediction)
WHERE e.id IN $about
MATCH (c)<-[:STATED]-(speaker), (c)-[:APPEARS_IN]->(s:Source)
RETURN DISTINCT speaker.name AS speaker,
       p.event AS event,
       p.horizon AS horizon,
       p.window_start AS window_start,
       p.window_end AS window_end,
       p.probability AS probability,
       p.negated AS negated,
       p.status AS status,
       c.text AS text,
       s.published AS published,
       s.title AS source_title,
       p.id AS prediction_id
ORDER BY window_start, speaker, prediction_id
