// Every person and organisation with the names they are known by, for
// matching what a user types (--by "Zaluzhny") against canonical names.
// Parameters: none
// Returns: id, name, aliases
MATCH (speaker)
WHERE speaker:Person OR speaker:Organisation
RETURN speaker.id AS id, speaker.name AS name, coalesce(speaker.aliases, []) AS aliases
