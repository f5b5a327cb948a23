// Runs electronegativity offline over one directory and writes its findings as JSON: node scripts/electronegativity.mjs <dir> <out.json>
// The tool fetches translations and Electron release data from the internet; the gate is offline,
// so `got` is replaced by a function that refuses at once, and the release check is excluded.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const Module = require('node:module');
const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/electronegativity.mjs <dir> <out.json>');
  process.exit(2);
}

const load = Module._load;
Module._load = function loadOffline(request, ...rest) {
  if (request === 'got') {
    const refuse = () => Promise.reject(new Error('network disabled in the security gate'));
    return Object.assign(refuse, { head: refuse, get: refuse });
  }
  return load.call(this, request, ...rest);
};

const run = require('@doyensec/electronegativity');
const { version } = require('@doyensec/electronegativity/package.json');
const result = await run({
  input: path.resolve(input),
  customScan: [],
  // Needs the network (Electron's release list); the pinned Electron version is checked by a test.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  isRelative: true,
  isVerbose: false,
  parserPlugins: [],
});
writeFileSync(
  output,
  JSON.stringify(
    {
      tool: `@doyensec/electronegativity ${version}`,
      checks: { global: result.globalChecks, atomic: result.atomicChecks },
      errors: result.errors,
      findings: result.issues.map((issue) => ({
        check: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: issue.file,
        line: issue.location.line,
        sample: issue.sample ?? null,
        manualReview: Boolean(issue.manualReview),
        description: issue.description,
      })),
    },
    null,
    2,
  ),
);
