// Create or update the entities claims are about (countries, places, ...).
// Parameters: $rows list of maps {id, name, kind, aliases (list), wikidata}
// Returns: count
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name,
    e.kind = row.kind,
    e.aliases = row.aliases,
    e.wikidata = coalesce(row.wikidata, e.wikidata)
RETURN count(e) AS count
