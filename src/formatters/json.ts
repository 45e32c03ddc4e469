import type { Formatter } from './types.js';

/** An array of LintResults, readable by anything that reads `eslint -f json`. */
export const json: Formatter = (results) => JSON.stringify(results);
