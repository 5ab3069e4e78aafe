// Create or update one source (an article), keyed by its id.
// Parameters: $source  map {id, title, url, publisher, published (date), language, text, text_hash, path}
// Returns: id
MERGE (s:Source {id: $source.id})
SET s += $source
RETURN s.id AS id
