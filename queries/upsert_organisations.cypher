// Create or update organisations (speakers, employers).
// Parameters: $rows list of maps {id, name, aliases (list), wikidata}
// Returns: count
UNWIND $rows AS row
MERGE (o:Organisation {id: row.id})
SET o.name = row.name,
    o.aliases = row.aliases,
    o.wikidata = coalesce(row.wikidata, o.wikidata)
RETURN count(o) AS count
