// Create or update people and link each to the organisation they work for.
// A role or affiliation already known is kept when a row has none.
// Parameters: $rows list of maps {id, name, aliases (list), role, affiliation,
//             affiliation_id, wikidata}
// Returns: count
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name,
    p.aliases = row.aliases,
    p.role = coalesce(row.role, p.role),
    p.affiliation = coalesce(row.affiliation, p.affiliation),
    p.wikidata = coalesce(row.wikidata, p.wikidata)
WITH p, row
CALL (p, row) {
  MATCH (o:Organisation {id: row.affiliation_id})
  MERGE (p)-[:AFFILIATED_WITH]->(o)
}
RETURN count(p) AS count
