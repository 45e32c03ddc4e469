/** The official SARIF 2.1.0 schema, compiled once: it ships with @microsoft/jest-sarif. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { ROOT } from '../cli/scenario.js';

export function sarifValidator() {
  // JSON Schema draft-04, and one of its patterns is not valid under the u flag, hence unicodeRegExp: false
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  // both are CommonJS with a default export; under NodeNext it arrives wrapped
  const AjvDraft04 = AjvDraft04Module.default;
  const addFormats = addFormatsModule.default;
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv); // so "uri" and "date-time" are checked, not ignored
  return ajv.compile(schema);
}
