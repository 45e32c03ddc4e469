/**
 * The built-in rules. Each lives in rules/<id>/ with its tests and its README; its id is its
 * `name`, so adding a rule is one folder and one line here. The registry, perflint:all,
 * perflint:recommended, the config schema and --list-rules are all derived from this list.
 */
import type { NamedRule } from '../src/engine/rule.js';
import misplacedColumns from './misplaced-columns/misplaced-columns.js';
import goalPresent from './goal-present/goal-present.js';
import requiredFields from './required-fields/required-fields.js';
import secondLevelVocabulary from './second-level-vocabulary/second-level-vocabulary.js';
import outputCoverage from './output-coverage/output-coverage.js';
import firstLevelCategories from './first-level-categories/first-level-categories.js';
import benefitPresent from './benefit-present/benefit-present.js';
import consistentUnits from './consistent-units/consistent-units.js';
import duplicateProject from './duplicate-project/duplicate-project.js';
import noCopiedTargets from './no-copied-targets/no-copied-targets.js';
import noPlaceholder from './no-placeholder/no-placeholder.js';
import periodTargetsDiffer from './period-targets-differ/period-targets-differ.js';
import requireBasis from './require-basis/require-basis.js';
import requireSatisfaction from './require-satisfaction/require-satisfaction.js';
import weightsSum from './weights-sum/weights-sum.js';

const rules: readonly NamedRule[] = [
  benefitPresent,
  firstLevelCategories,
  goalPresent,
  outputCoverage,
  secondLevelVocabulary,
  consistentUnits,
  duplicateProject,
  misplacedColumns,
  noCopiedTargets,
  noPlaceholder,
  periodTargetsDiffer,
  requireBasis,
  requireSatisfaction,
  requiredFields,
  weightsSum,
];

export const builtinRules: Readonly<Record<string, NamedRule>> = Object.fromEntries(rules.map((rule) => [rule.name, rule]));
