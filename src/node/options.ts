/** The options of the node-facing linter, apart from the linter itself so the pool need not import it. */
import type { ConfigFile, RuleEntry } from '../config/types.js';
import type { AnyRule, RuleType } from '../engine/rule.js';
import type { Locale } from '../i18n.js';

/** worker threads for lintFiles: 'off', 'auto' (default: only for large runs) or a number */
export type Concurrency = 'off' | 'auto' | number;

export interface PerfLintOptions {
  cwd?: string;
  /** `--config`: one file, no search */
  configFile?: string;
  /** `--rule` entries */
  rules?: Record<string, RuleEntry>;
  locale?: Locale;
  errorOnUnmatchedPattern?: boolean;
  /** what sheets do not say (year, region, department), for spreadsheet inputs; wins over the config's `import` */
  importDefaults?: Record<string, unknown>;
  /** a config object: used instead of searching for a config file */
  config?: ConfigFile;
  /** extra rules to know besides the built-in ones (tests, embedding); they keep a run in this thread */
  extraRules?: Record<string, AnyRule>;
  /** worker threads for lintFiles: 'off', 'auto' (default: only for large runs) or a number */
  concurrency?: Concurrency;
  /** a larger input file is reported, not read (memory stays bounded); default DEFAULT_MAX_FILE_BYTES */
  maxFileBytes?: number;
  /** apply fixes in memory (ESLint's `fix`): results carry `output`; nothing is written here */
  fix?: boolean;
  /** only fixes of rules of these types (`--fix-type`); default all */
  fixTypes?: RuleType[];
  /** only fixes of errors (ESLint fixes nothing it would not show under `--quiet`) */
  fixErrorsOnly?: boolean;
  /** told of each JSON file a folder walk met that is not a submission (such as a tsconfig.json); it is not linted */
  onFileSkipped?: (filePath: string) => void;
  /** `--stats`: time each rule and phase (the run then stays in one thread); read them from `PerfLint.stats` */
  stats?: boolean;
  /** `--cache`: reuse each unchanged file's per-file outcome from the cache file (the run then stays in one thread) */
  cache?: boolean;
  /** `--cache-location`: the cache file, or a folder for .perflintcache; default .perflintcache in cwd */
  cacheLocation?: string;
  /** called as files are done (for a progress bar) */
  onProgress?: (done: number, total: number) => void;
}

/** The options a worker thread needs to rebuild the same linter: plain data only. */
export type WorkerOptions = Omit<PerfLintOptions, 'extraRules' | 'concurrency' | 'onFileSkipped' | 'stats' | 'cache' | 'cacheLocation' | 'onProgress'>;

