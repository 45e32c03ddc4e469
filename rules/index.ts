/**
 * The built-in rules. Each lives in rules/<id>/ with its tests and its README; its id is its
 * `name`, so adding a rule is one folder and one line here. The registry, perflint:all,
 * perflint:recommended, the config schema and --list-rules are all derived from this list.
 */
import type { NamedRule } from '../src/engine/rule.js';
import consistentUnits from './consistent-units/consistent-units.js';
import costWithinBudget from './cost-within-budget/cost-within-budget.js';
import duplicateProject from './duplicate-project/duplicate-project.js';
import fundingBalance from './funding-balance/funding-balance.js';
import noCopiedTargets from './no-copied-targets/no-copied-targets.js';
import noPlaceholder from './no-placeholder/no-placeholder.js';
import periodTargetsDiffer from './period-targets-differ/period-targets-differ.js';
import requireBasis from './require-basis/require-basis.js';
import requireSatisfaction from './require-satisfaction/require-satisfaction.js';
import spendingPlan from './spending-plan/spending-plan.js';
import weightsHierarchy from './weights-hierarchy/weights-hierarchy.js';
import weightsSum from './weights-sum/weights-sum.js';

const rules: readonly NamedRule[] = [
  consistentUnits,
  costWithinBudget,
  duplicateProject,
  fundingBalance,
  noCopiedTargets,
  noPlaceholder,
  periodTargetsDiffer,
  requireBasis,
  requireSatisfaction,
  spendingPlan,
  weightsHierarchy,
  weightsSum,
];

export const builtinRules: Readonly<Record<string, NamedRule>> = Object.fromEntries(rules.map((rule) => [rule.name, rule]));
