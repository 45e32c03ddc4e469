import type { Locale } from '../i18n.js';

export type SeverityName = 'off' | 'warn' | 'error';
export type SeverityLevel = 0 | 1 | 2;
export type RuleEntry = SeverityName | SeverityLevel | [SeverityName | SeverityLevel, Record<string, unknown>?];

export interface RegionMatch {
  province?: string | string[];
  city?: string | string[];
  county?: string | string[];
  /** a year, a list of years, or a range */
  year?: number | number[] | { min?: number; max?: number };
}

export interface OverrideConfig {
  files?: string | string[];
  region?: RegionMatch;
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  settings?: Settings;
}

/** A config file as written (after YAML/JSON parsing). */
export interface ConfigFile {
  extends?: string | string[];
  plugins?: string[];
  rules?: Record<string, RuleEntry>;
  overrides?: OverrideConfig[];
  ignores?: string[];
  settings?: Settings;
  locale?: Locale;
  /** file extensions picked up when a directory is linted */
  extensions?: string[];
  /** what spreadsheets do not say, for linting them directly and for `perflint import`; flags win */
  import?: ImportSettings;
}

export interface ImportSettings {
  year?: number;
  province?: string;
  city?: string;
  county?: string;
  department?: string;
  moneyUnit?: '元' | '万元';
  /** auto (default) or a layout id such as zhejiang-2021 */
  layout?: string;
}

/**
 * Shared knowledge the rules read: vocabulary synonyms, extra units, placeholder words.
 * Extended by config; objects merge key by key, arrays and scalars are replaced.
 */
export interface Settings {
  vocabulary?: {
    level1Synonyms?: Record<string, string>;
    level2Synonyms?: Record<string, string>;
  };
  /** extra unit spellings: text → { class, scale?, canonical? } */
  units?: Record<string, { class: string; scale?: number; canonical?: string }>;
  /** extra placeholder words that mark an unfilled value */
  placeholders?: string[];
  /** extra name patterns (substrings) that make a 三级 a satisfaction indicator */
  satisfactionNames?: string[];
  /** indicator-name endings → expected unit classes, extending the built-in table */
  unitClassesByName?: Record<string, string[]>;
  [key: string]: unknown;
}

export interface NormalizedRuleSetting {
  severity: SeverityLevel;
  /** options as written (merged over meta.defaultOptions when the rule runs) */
  options?: Record<string, unknown>;
}

/** What applies to one document after extends and overrides are resolved. */
export interface ResolvedConfig {
  rules: Record<string, NormalizedRuleSetting>;
  settings: Settings;
  locale?: Locale;
}
