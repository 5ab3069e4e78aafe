// Schema: uniqueness constraints on every node key and indexes for the
// properties the named queries filter on. Idempotent (IF NOT EXISTS), Neo4j 5
// syntax. This file alone holds several statements, separated by semicolons.
// Parameters: none.  Returns: nothing.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (o:Organisation) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT prediction_id IF NOT EXISTS FOR (p:Prediction) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT resolution_id IF NOT EXISTS FOR (r:Resolution) REQUIRE r.id IS UNIQUE;
CREATE INDEX source_published IF NOT EXISTS FOR (s:Source) ON (s.published);
CREATE INDEX source_path IF NOT EXISTS FOR (s:Source) ON (s.path);
CREATE INDEX prediction_window_end IF NOT EXISTS FOR (p:Prediction) ON (p.window_end);
CREATE INDEX prediction_status IF NOT EXISTS FOR (p:Prediction) ON (p.status)
