import type { LintResult } from '../engine/results.js';
import type { Formatter } from './types.js';

/** An array of LintResults, readable by anything that reads `eslint -f json`. */
export const json: Formatter = (results) => [...jsonPieces(results)].join('');

/**
 * The same text a result at a time (`[`, each result, `]`): a report over tens of thousands of
 * files is written as its results are made, never held as one string.
 */
export function* jsonPieces(results: Iterable<LintResult>): Generator<string, void> {
  let separator = '[';
  for (const result of results) {
    yield separator + JSON.stringify(result);
    separator = ',';
  }
  yield separator === '[' ? '[]' : ']';
}
