/** `npm run gen:schemas`: regenerates schemas/config.schema.json from the built-in rules. */
import { writeFileSync } from 'node:fs';
import { builtinRules } from '../../rules/index.js';
import { packagePath } from '../package-root.js';
import { buildConfigSchema } from './config-schema.js';

export function configSchemaText(): string {
  return JSON.stringify(buildConfigSchema(Object.entries(builtinRules)), null, 2) + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').slice(-3).join('/'))) {
  writeFileSync(packagePath('schemas', 'config.schema.json'), configSchemaText());
}
