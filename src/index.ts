/** perflint's library entry. */
export { PerfLint, type PerfLintOptions } from './node/perflint.js';
export type { LintMessage, LintResult, RelatedMessageLocation, LintFix, LintSuggestion } from './engine/results.js';
export {
  defineRule,
  defineCorpusRule,
  type DocumentRule,
  type CorpusRule,
  type RuleContext,
  type RuleMeta,
  type ReportDescriptor,
  type Visitors,
} from './engine/rule.js';
export type { DocumentNode, ProjectNode, IndicatorNode } from './engine/nodes.js';
export type { Formatter, FormatterContext, WorkbookFormatter } from './formatters/index.js';
export type { Submission, Project, Indicator } from './document/model.js';
export type { ConfigFile, Settings } from './config/types.js';
export { ConfigError } from './config/errors.js';
export type { Locale, LocalizedText } from './i18n.js';
export { RuleTester, type TestCase, type InvalidCase, type ExpectedError } from './testing/rule-tester.js';
export { docsUrl } from './engine/rule.js';
