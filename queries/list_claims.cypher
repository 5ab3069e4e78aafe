// Claims with their speaker and source, newest source first. Each filter is
// skipped when its parameter is null; claims of unnamed sources ("officials",
// speaker kind 'unnamed') only come with $include_unnamed.
// Parameters: $speaker_ids list of strings or null, $entity_ids list of
//             strings or null, $source_id string or null,
//             $include_unnamed boolean
// Returns: id, speaker, speaker_id, text, direct, cue, kind, source_id,
//          source_title, source, publisher, published, start, end, about
MATCH (speaker)-[:STATED]->(c:Claim)-[:APPEARS_IN]->(s:Source)
WHERE ($speaker_ids IS NULL OR speaker.id IN $speaker_ids)
  AND ($include_unnamed OR coalesce(speaker.kind, '') <> 'unnamed')
  AND ($source_id IS NULL OR s.id = $source_id)
  AND ($entity_ids IS NULL OR EXISTS {
        MATCH (c)-[:ABOUT]->(e:Entity) WHERE e.id IN $entity_ids
      })
RETURN c.id AS id,
       speaker.name AS speaker,
       speaker.id AS speaker_id,
       c.text AS text,
       c.direct AS direct,
       c.cue AS cue,
       c.kind AS kind,
       s.id AS source_id,
       s.title AS source_title,
       coalesce(s.label, s.title, s.id) AS source,
       s.publisher AS publisher,
       s.published AS published,
       c.start AS start,
       c.end AS end,
       COLLECT { MATCH (c)-[:ABOUT]->(e:Entity) RETURN e.name ORDER BY e.name } AS about
ORDER BY published DESC, source_id, start
