/** The built-in rules, by id. One file per rule; its doc is docs/rules/<id>.md. */
import type { AnyRule } from '../src/engine/rule.js';
import consistentUnits from './consistent-units.js';
import noCopiedTargets from './no-copied-targets.js';
import noPlaceholder from './no-placeholder.js';
import requireBasis from './require-basis.js';
import requireSatisfaction from './require-satisfaction.js';
import weightsSum from './weights-sum.js';

export const builtinRules: Record<string, AnyRule> = {
  'consistent-units': consistentUnits,
  'no-copied-targets': noCopiedTargets,
  'no-placeholder': noPlaceholder,
  'require-basis': requireBasis,
  'require-satisfaction': requireSatisfaction,
  'weights-sum': weightsSum,
};
