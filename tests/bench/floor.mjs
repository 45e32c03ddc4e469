// The floor perflint is measured against: read every file, JSON.parse it, one pass over the
// indicators. Nothing a linter could do on this corpus can be cheaper than this.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let files = 0;
let projects = 0;
let indicators = 0;
let valueChars = 0;
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.json')) continue;
  const doc = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  files++;
  for (const project of doc.projects) {
    projects++;
    for (const indicator of project.indicators) {
      indicators++;
      valueChars += indicator.value.length;
    }
  }
}
console.log(JSON.stringify({ files, projects, indicators, valueChars }));
