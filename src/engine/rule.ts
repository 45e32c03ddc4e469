/**
 * The rule API. A rule is data (`meta`: messages, options schema, defaults, docs) plus a
 * visitor factory. `defineRule` infers the messageIds from `meta.messages`, so reporting an
 * unknown messageId is a compile error.
 */
import type { LocateTarget } from '../document/source-range.js';
import type { JSONSchemaType } from 'ajv';
import type { LocalizedText, MessageData } from '../i18n.js';
import type { Settings } from '../config/types.js';
import type { DocumentNode, IndicatorNode, ProjectNode } from './nodes.js';
import type { Submission } from '../document/model.js';

export type RuleType = 'problem' | 'suggestion';

/** Where a built-in rule's page lives: its folder's README; the docs meta-test holds every rule to it. */
export function docsUrl(id: string): string {
  return `https://github.com/perflint/perflint/blob/main/rules/${id}/README.md`;
}

/**
 * The severity a rule has in perflint:recommended; `true` means 'error'. With options when the
 * national default is narrower than the rule (require-basis: a basis that says nothing is a finding
 * everywhere, an empty one only where a province makes the column mandatory).
 */
export type Recommendation = boolean | 'error' | 'warn' | readonly ['error' | 'warn', Readonly<Record<string, unknown>>];

export interface RuleDocs {
  description: LocalizedText;
  /** where the rule's page lives; built-in rules point at rules/<id>/README.md */
  url: string;
  /** in perflint:recommended, and at which severity */
  recommended?: Recommendation;
}

/** The setting `recommended` asks for (a severity, or a severity and options), or undefined when the rule is not recommended. */
export function recommendedSetting(docs: RuleDocs): 'error' | 'warn' | readonly ['error' | 'warn', Readonly<Record<string, unknown>>] | undefined {
  if (docs.recommended === true) return 'error';
  return docs.recommended || undefined;
}

export interface RuleMeta<Messages extends Record<string, LocalizedText>, Options> {
  type: RuleType;
  docs: RuleDocs;
  messages: Messages;
  /** JSON Schema of the options object; `false` = the rule takes no options */
  schema: JSONSchemaType<Options> | Record<string, unknown> | false;
  defaultOptions: Options;
  fixable?: boolean;
  hasSuggestions?: boolean;
}

/** A replacement of the JSON value at a pointer: the canonical form of a fix. */
export interface ValueFix {
  pointer: string;
  value: unknown;
}

export interface Suggestion<Id extends string> {
  messageId: Id;
  data?: MessageData;
  fix: ValueFix;
}

export interface RelatedLocation {
  /** file path; omitted = the same file */
  file?: string;
  pointer: string;
  /** a short label shown beside the location, e.g. the project name */
  label?: string;
}

export interface ReportDescriptor<Id extends string> {
  /** where: a node, or a pointer into the document */
  node?: { pointer: string };
  pointer?: string;
  /** report at the property name instead of its value, or (a list) at its weights */
  target?: LocateTarget;
  messageId: Id;
  data?: MessageData;
  related?: RelatedLocation[];
  fix?: ValueFix;
  suggestions?: Array<Suggestion<Id>>;
}

export interface Visitors {
  document?: (node: DocumentNode) => void;
  'document:exit'?: (node: DocumentNode) => void;
  project?: (node: ProjectNode) => void;
  'project:exit'?: (node: ProjectNode) => void;
  indicator?: (node: IndicatorNode) => void;
  'indicator:exit'?: (node: IndicatorNode) => void;
}
export type VisitorName = keyof Visitors;

export interface RuleContext<Id extends string, Options> {
  readonly id: string;
  readonly options: Options;
  readonly filePath: string;
  readonly document: Submission;
  readonly settings: Settings;
  report(descriptor: ReportDescriptor<Id>): void;
}

export interface DocumentRule<Id extends string = string, Options = unknown> {
  meta: RuleMeta<Record<Id, LocalizedText>, Options> & { scope?: 'document' };
  create(context: RuleContext<Id, Options>): Visitors;
}

/** What a corpus rule learned from one file; must survive structuredClone. */
export interface CorpusEntry<Facts, Options> {
  filePath: string;
  facts: Facts;
  options: Options;
}

export interface CorpusReportDescriptor<Id extends string> extends Omit<ReportDescriptor<Id>, 'node'> {
  filePath: string;
  pointer: string;
}

export interface AggregateContext<Id extends string> {
  readonly id: string;
  report(descriptor: CorpusReportDescriptor<Id>): void;
}

export interface CollectContext<Options> {
  readonly id: string;
  readonly options: Options;
  readonly filePath: string;
  readonly settings: Settings;
}

/**
 * A rule that sees the whole run: `collect` reads one document into small serialisable facts;
 * `aggregate` sees the facts of every document and may report into any of them.
 * Its results are never cached.
 */
export interface CorpusRule<Id extends string = string, Options = unknown, Facts = unknown> {
  meta: RuleMeta<Record<Id, LocalizedText>, Options> & { scope: 'corpus' };
  collect(context: CollectContext<Options>, document: DocumentNode): Facts;
  aggregate(context: AggregateContext<Id>, entries: ReadonlyArray<CorpusEntry<Facts, Options>>): void;
}

// The registry holds rules of many option types; visitors only ever see their own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = DocumentRule<string, any> | CorpusRule<string, any, any>;

/** Finds a rule by id; the config layer's RuleRegistry is one. */
export interface RuleLookup {
  get(id: string): AnyRule | undefined;
}

export function isCorpusRule(rule: AnyRule): rule is CorpusRule<string, unknown, unknown> {
  return rule.meta.scope === 'corpus';
}

export function defineRule<const Messages extends Record<string, LocalizedText>, Options>(rule: {
  meta: RuleMeta<Messages, Options> & { scope?: 'document' };
  create(context: RuleContext<Extract<keyof Messages, string>, Options>): Visitors;
}): DocumentRule<Extract<keyof Messages, string>, Options> {
  return rule as DocumentRule<Extract<keyof Messages, string>, Options>;
}

export function defineCorpusRule<const Messages extends Record<string, LocalizedText>, Options, Facts>(rule: {
  meta: RuleMeta<Messages, Options> & { scope: 'corpus' };
  collect(context: CollectContext<Options>, document: DocumentNode): Facts;
  aggregate(context: AggregateContext<Extract<keyof Messages, string>>, entries: ReadonlyArray<CorpusEntry<Facts, Options>>): void;
}): CorpusRule<Extract<keyof Messages, string>, Options, Facts> {
  return rule as CorpusRule<Extract<keyof Messages, string>, Options, Facts>;
}

/** A rule that knows its own id: what createRule returns and what the registry lists. */
export type NamedRule<R extends AnyRule = AnyRule> = R & { readonly name: string };

type MetaWithoutUrl<Messages extends Record<string, LocalizedText>, Options> = Omit<RuleMeta<Messages, Options>, 'docs'> & {
  docs: Omit<RuleDocs, 'url'>;
};

export interface DocumentRuleSpec<Messages extends Record<string, LocalizedText>, Options> {
  name: string;
  meta: MetaWithoutUrl<Messages, Options> & { scope?: 'document' };
  create(context: RuleContext<Extract<keyof Messages, string>, Options>): Visitors;
}

export interface CorpusRuleSpec<Messages extends Record<string, LocalizedText>, Options, Facts> {
  name: string;
  meta: MetaWithoutUrl<Messages, Options> & { scope: 'corpus' };
  collect(context: CollectContext<Options>, document: DocumentNode): Facts;
  aggregate(context: AggregateContext<Extract<keyof Messages, string>>, entries: ReadonlyArray<CorpusEntry<Facts, Options>>): void;
}

/**
 * typescript-eslint's RuleCreator: the rule's id is written once, in `name`, and its docs URL is
 * derived from it. Plugins pass their own URL scheme.
 */
export function RuleCreator(urlOf: (name: string) => string) {
  function createRule<const Messages extends Record<string, LocalizedText>, Options>(
    spec: DocumentRuleSpec<Messages, Options>,
  ): NamedRule<DocumentRule<Extract<keyof Messages, string>, Options>>;
  function createRule<const Messages extends Record<string, LocalizedText>, Options, Facts>(
    spec: CorpusRuleSpec<Messages, Options, Facts>,
  ): NamedRule<CorpusRule<Extract<keyof Messages, string>, Options, Facts>>;
  function createRule(spec: DocumentRuleSpec<Record<string, LocalizedText>, unknown> | CorpusRuleSpec<Record<string, LocalizedText>, unknown, unknown>): NamedRule {
    return { ...spec, meta: { ...spec.meta, docs: { ...spec.meta.docs, url: urlOf(spec.name) } } } as NamedRule;
  }
  return createRule;
}

/** The built-in rules' creator: docs at rules/<id>/README.md. */
export const createRule = RuleCreator(docsUrl);
