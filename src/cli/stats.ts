/** `--stats`: the per-rule and per-phase times of a run as two tables for stderr, like ESLint's TIMING. */
import type { LintStats } from '../engine/stats.js';
import type { Locale } from '../i18n.js';

export function formatStats(stats: LintStats, totalMs: number, locale: Locale): string {
  const en = locale === 'en';
  // English headings in either locale, as ESLint's TIMING: CJK widths would break the columns
  const rules = table('Rule', stats.rules);
  const phases = table('Phase', stats.phases);
  const summary = en
    ? `${stats.files} files checked in ${totalMs.toFixed(0)} ms (one thread; rule times are part of the "rules" and "corpus" phases)`
    : `共检查 ${stats.files} 个文件，用时 ${totalMs.toFixed(0)} ms（单线程；规则用时包含在 rules 与 corpus 阶段之内）`;
  return `${rules}\n\n${phases}\n\n${summary}\n`;
}

function table(heading: string, times: Map<string, number>): string {
  const rows = [...times].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  const width = Math.max(heading.length, ...rows.map(([name]) => name.length));
  const lines = rows.map(([name, ms]) => `${name.padEnd(width)} | ${ms.toFixed(1).padStart(10)} | ${((100 * ms) / total).toFixed(1).padStart(7)}%`);
  return [`${heading.padEnd(width)} | ${'Time (ms)'.padStart(10)} | ${'Relative'.padStart(8)}`, `${':'.padEnd(width, '-')}-|-${'-'.repeat(9)}:|-${'-'.repeat(7)}:`, ...lines].join('\n');
}
