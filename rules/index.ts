/** The built-in rules, by id. One file per rule; its doc is docs/rules/<id>.md. */
import type { AnyRule } from '../src/engine/rule.js';
import requireBasis from './require-basis.js';

export const builtinRules: Record<string, AnyRule> = {
  'require-basis': requireBasis,
};
