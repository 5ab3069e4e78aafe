// Create or update sources and everything extracted from them, in one
// statement (one round trip): organisations, people, entities, then per
// source the Source node, the removal of its claims the new extraction no
// longer has, and its claims with their predictions and ABOUT links.
// Everything is merged on its id (a uniqueness constraint of schema.cypher
// backs each key), so running the same rows again changes nothing.
// Patterns start from a bound node or an id lookup: ArcadeDB walks a pattern
// from its first node and uses an index only for (n:Label {id: ...}).
// Parameters:
//   $organisations list of maps {id, name, aliases (list), wikidata}
//   $people        list of maps {id, name, aliases (list), role, affiliation,
//                  affiliation_id, wikidata, kind ('person' or 'unnamed': an
//                  anonymous source of one article)}; a role or affiliation
//                  already known is kept when a row has none
//   $entities      list of maps {id, name, kind, aliases (list), wikidata}
//   $sources       list of maps {id, title, label (how listings name the
//                  source: graph.model.source_label), url, publisher, published (date),
//                  language, text, text_hash, path,
//                  extracted_at (datetime or null: when its claims were
//                    extracted; null keeps the stored time while the text is
//                    unchanged, else takes now), now (datetime),
//                  keep (list of the source's claim ids, or null: see below),
//                  claims (list of maps {id, speaker_id, text, start, end,
//                    direct, cue, kind, confidence,
//                    cue_start, cue_end, mention, mention_start, mention_end,
//                    antecedent, antecedent_start, antecedent_end,
//                    via, via_start, via_end (audit
//                    spans: offsets into the source's text, or null),
//                    predictions (list of maps, one per prediction {id, event, horizon,
//                      window_start (date), window_end (date), probability,
//                      probability_words, negated, status, kind, condition}),
//                    about (list of entity ids)})}
//   A missing key reads as null. A source too large for one statement comes
//   in several: the first has keep, the later ones keep = null.
// Returns: sources (the number of source rows written)
CALL () {
  UNWIND $organisations AS row
  MERGE (o:Organisation {id: row.id})
  SET o.name = row.name,
      o.aliases = row.aliases,
      o.wikidata = coalesce(row.wikidata, o.wikidata)
}
CALL () {
  UNWIND $people AS row
  MERGE (p:Person {id: row.id})
  SET p.name = row.name,
      p.aliases = row.aliases,
      p.role = coalesce(row.role, p.role),
      p.affiliation = coalesce(row.affiliation, p.affiliation),
      p.wikidata = coalesce(row.wikidata, p.wikidata),
      p.kind = coalesce(row.kind, 'person')
  WITH p, row
  // An organisation named only as someone's affiliation gets a node of its
  // own, as in the RDF export, so an export and import change nothing.
  CALL (p, row) {
    WITH p, row
    WHERE row.affiliation_id IS NOT NULL
    MERGE (o:Organisation {id: row.affiliation_id})
    ON CREATE SET o.name = row.affiliation, o.aliases = []
    MERGE (p)-[:AFFILIATED_WITH]->(o)
  }
}
CALL () {
  UNWIND $entities AS row
  MERGE (e:Entity {id: row.id})
  SET e.name = row.name,
      e.kind = row.kind,
      e.aliases = row.aliases,
      e.wikidata = coalesce(row.wikidata, e.wikidata)
}
UNWIND $sources AS src
MERGE (s:Source {id: src.id})
// First, while s.text_hash is still the stored one.
SET s.extracted_at = coalesce(
      src.extracted_at,
      CASE WHEN s.text_hash = src.text_hash THEN s.extracted_at END,
      src.now),
    s.title = src.title,
    s.label = src.label,
    s.url = src.url,
    s.publisher = src.publisher,
    s.published = src.published,
    s.language = src.language,
    s.text = src.text,
    s.text_hash = src.text_hash,
    s.path = src.path
WITH s, src
// Claims (and their predictions) the latest extraction no longer has go, so
// re-ingesting a changed article leaves no ghosts. The later statements of a
// large source skip this: the first one already did it.
CALL (s, src) {
  WITH s, src
  WHERE src.keep IS NOT NULL
  MATCH (s)<-[:APPEARS_IN]-(c:Claim)
  WHERE NOT c.id IN src.keep
  OPTIONAL MATCH (c)-[:MAKES]->(p:Prediction)
  DETACH DELETE c, p
}
CALL (s, src) {
  UNWIND src.claims AS row
  // The speaker is a Person or an Organisation: two id lookups, each on an
  // index, where one label-less match would scan every node.
  OPTIONAL MATCH (person:Person {id: row.speaker_id})
  OPTIONAL MATCH (org:Organisation {id: row.speaker_id})
  WITH s, row, coalesce(person, org) AS speaker
  MERGE (c:Claim {id: row.id})
  SET c.text = row.text,
      c.start = row.start,
      c.end = row.end,
      c.direct = row.direct,
      c.cue = row.cue,
      c.kind = row.kind,
      c.confidence = row.confidence,
      // Why the claim went to its speaker: the cue, the mention it was
      // attributed through, and what a pronoun or title was resolved to.
      c.cue_start = row.cue_start,
      c.cue_end = row.cue_end,
      c.mention = row.mention,
      c.mention_start = row.mention_start,
      c.mention_end = row.mention_end,
      c.antecedent = row.antecedent,
      c.antecedent_start = row.antecedent_start,
      c.antecedent_end = row.antecedent_end,
      // Where it was read: the outlet or organisation that relays it.
      c.via = row.via,
      c.via_start = row.via_start,
      c.via_end = row.via_end,
      c.speaker_id = row.speaker_id,
      c.source_id = s.id
  MERGE (c)-[:APPEARS_IN]->(s)
  WITH c, row, speaker
  // A new extraction may attribute the claim to someone else.
  CALL (c, speaker) {
    OPTIONAL MATCH (c)<-[old:STATED]-(previous)
    WHERE previous <> speaker
    DELETE old
  }
  MERGE (speaker)-[:STATED]->(c)
  WITH c, row
  // A kept claim may no longer be a prediction, or be about other entities.
  // Its resolutions stay (history is never deleted) but hang loose.
  CALL (c, row) {
    OPTIONAL MATCH (c)-[:MAKES]->(gone:Prediction)
    WHERE NOT gone.id IN [prediction IN row.predictions | prediction.id]
    DETACH DELETE gone
  }
  CALL (c, row) {
    OPTIONAL MATCH (c)-[link:ABOUT]->(e:Entity)
    WHERE NOT e.id IN row.about
    DELETE link
  }
  CALL (c, row) {
    UNWIND row.predictions AS prediction
    MERGE (p:Prediction {id: prediction.id})
    SET p.event = prediction.event,
        p.horizon = prediction.horizon,
        p.window_start = prediction.window_start,
        p.window_end = prediction.window_end,
        p.probability = prediction.probability,
        p.probability_words = prediction.probability_words,
        p.negated = prediction.negated,
        p.kind = prediction.kind,
        p.condition = prediction.condition,
        // A resolved prediction stays resolved when its source is re-read.
        p.status = coalesce(p.status, prediction.status),
        p.claim_id = c.id
    MERGE (c)-[:MAKES]->(p)
  }
  CALL (c, row) {
    UNWIND row.about AS entity_id
    MATCH (e:Entity {id: entity_id})
    MERGE (c)-[:ABOUT]->(e)
  }
}
RETURN count(s) AS sources
