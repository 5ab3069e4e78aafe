// Remove the earlier version of an article read again from the same file.
// Without a URL a source's id comes from its text, so an edited file gets a
// new id: its earlier version (a source without a URL, with the same path and
// another id) goes, with its claims and their predictions. Resolutions are
// history and stay, unattached, as when re-ingesting drops a claim.
// Runs in the transaction that writes the new versions (upsert_sources).
// Parameters:
//   $sources list of maps {id, path}: the new versions
// Returns: removed (the number of earlier versions removed)
UNWIND $sources AS src
MATCH (old:Source {path: src.path})
WHERE old.id <> src.id AND old.url IS NULL
CALL (old) {
  OPTIONAL MATCH (old)<-[:APPEARS_IN]-(c:Claim)
  OPTIONAL MATCH (c)-[:MAKES]->(p:Prediction)
  DETACH DELETE c, p
}
DETACH DELETE old
RETURN count(*) AS removed
