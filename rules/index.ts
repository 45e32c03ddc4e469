/** The built-in rules, by id. One file per rule; its doc is docs/rules/<id>.md. */
import type { AnyRule } from '../src/engine/rule.js';
import consistentUnits from './consistent-units.js';
import requireBasis from './require-basis.js';

export const builtinRules: Record<string, AnyRule> = {
  'consistent-units': consistentUnits,
  'require-basis': requireBasis,
};
