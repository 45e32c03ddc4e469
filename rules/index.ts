/**
 * The built-in rules. Each lives in rules/<id>/ with its tests and its README; its id is its
 * `name`, so adding a rule is one folder and one line here. The registry, perflint:all,
 * perflint:recommended, the config schema and --list-rules are all derived from this list.
 */
import type { NamedRule } from '../src/engine/rule.js';
import benefitPresent from './benefit-present/benefit-present.js';
import consistentUnits from './consistent-units/consistent-units.js';
import costWithinBudget from './cost-within-budget/cost-within-budget.js';
import directionConsistency from './direction-consistency/direction-consistency.js';
import duplicateIndicator from './duplicate-indicator/duplicate-indicator.js';
import duplicateProject from './duplicate-project/duplicate-project.js';
import firstLevelCategories from './first-level-categories/first-level-categories.js';
import fullCompliance from './full-compliance/full-compliance.js';
import fundingBalance from './funding-balance/funding-balance.js';
import goalPresent from './goal-present/goal-present.js';
import goalQuality from './goal-quality/goal-quality.js';
import gradeLabelAsTarget from './grade-label-as-target/grade-label-as-target.js';
import identicalValues from './identical-values/identical-values.js';
import inputAsOutput from './input-as-output/input-as-output.js';
import largeOvershootNeedsReason from './large-overshoot-needs-reason/large-overshoot-needs-reason.js';
import misplacedColumns from './misplaced-columns/misplaced-columns.js';
import nameMaxLength from './name-max-length/name-max-length.js';
import noCopiedTargets from './no-copied-targets/no-copied-targets.js';
import noPlaceholder from './no-placeholder/no-placeholder.js';
import noWhitespaceOrNull from './no-whitespace-or-null/no-whitespace-or-null.js';
import operatorVocabulary from './operator-vocabulary/operator-vocabulary.js';
import outputCoverage from './output-coverage/output-coverage.js';
import periodTargetsDiffer from './period-targets-differ/period-targets-differ.js';
import qualitativeShare from './qualitative-share/qualitative-share.js';
import requireBasis from './require-basis/require-basis.js';
import requireSatisfaction from './require-satisfaction/require-satisfaction.js';
import requiredFields from './required-fields/required-fields.js';
import satisfactionValue from './satisfaction-value/satisfaction-value.js';
import secondLevelVocabulary from './second-level-vocabulary/second-level-vocabulary.js';
import selfEvaluationConsistency from './self-evaluation-consistency/self-evaluation-consistency.js';
import spendingPlan from './spending-plan/spending-plan.js';
import timelinessMeasurable from './timeliness-measurable/timeliness-measurable.js';
import vagueValue from './vague-value/vague-value.js';
import valueMatchesOperator from './value-matches-operator/value-matches-operator.js';
import weightsHierarchy from './weights-hierarchy/weights-hierarchy.js';
import weightsSum from './weights-sum/weights-sum.js';
import yearConsistency from './year-consistency/year-consistency.js';

const rules: readonly NamedRule[] = [
  benefitPresent,
  consistentUnits,
  costWithinBudget,
  directionConsistency,
  duplicateIndicator,
  duplicateProject,
  firstLevelCategories,
  fullCompliance,
  fundingBalance,
  goalPresent,
  goalQuality,
  gradeLabelAsTarget,
  identicalValues,
  inputAsOutput,
  largeOvershootNeedsReason,
  misplacedColumns,
  nameMaxLength,
  noCopiedTargets,
  noPlaceholder,
  noWhitespaceOrNull,
  operatorVocabulary,
  outputCoverage,
  periodTargetsDiffer,
  qualitativeShare,
  requireBasis,
  requireSatisfaction,
  requiredFields,
  satisfactionValue,
  secondLevelVocabulary,
  selfEvaluationConsistency,
  spendingPlan,
  timelinessMeasurable,
  vagueValue,
  valueMatchesOperator,
  weightsHierarchy,
  weightsSum,
  yearConsistency,
];

export const builtinRules: Readonly<Record<string, NamedRule>> = Object.fromEntries(rules.map((rule) => [rule.name, rule]));
