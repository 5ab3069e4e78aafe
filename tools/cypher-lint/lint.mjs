// Lint Cypher with Neo4j's own language support (parser + semantic analysis
// from the Neo4j 5 code base), without a database.
//
// Input (stdin, JSON):  {"schema": {labels, relationshipTypes, propertyKeys,
//                         graphSchema}, "queries": [{"name", "text", "parameters"}]}
// Output (stdout, JSON): [{"name", "diagnostics": [{"severity": "error"|"warning",
//                         "deprecated", "message", "line", "column"}]}]
// Each query is checked as Cypher 5 against the Neo4j 5 built-in functions
// and procedures that ship with the package, with its own parameters declared
// so that only undeclared ones are reported.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const VERSION = 'CYPHER 5';
const input = JSON.parse(readFileSync(0, 'utf8'));
const mock = testData.mockSchema;
const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

const results = input.queries.map(({ name, text, parameters }) => {
  const schema = {
    ...input.schema,
    defaultLanguage: VERSION,
    functions: { [VERSION]: mock.functions[VERSION] },
    procedures: { [VERSION]: mock.procedures[VERSION] },
    parameters: parameters ?? {},
  };
  const { diagnostics } = lintCypherQuery(text, schema);
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: severities[d.severity] ?? String(d.severity),
      deprecated: (d.tags ?? []).includes(2) || /deprecat/i.test(d.message),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
});
process.stdout.write(JSON.stringify(results));
