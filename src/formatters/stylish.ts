/** The default human format: by file, then by project, one line per finding. */
import { relative } from 'node:path';
import { createColors } from 'picocolors';
import { wasNotChecked, type LintMessage, type LintResult } from '../engine/results.js';
import { departmentOf, tally, topRulesLine } from './tally.js';
import type { Formatter } from './types.js';

/** rules named on the closing line; the rest are an ellipsis (`-f summary` lists them by department) */
const CLOSING_RULES = 8;

const WORDS = {
  'zh-CN': {
    error: '错误',
    warning: '警告',
    document: '（整份申报）',
    summary: (p: number, e: number, w: number) => `${p} 个问题（${e} 个错误，${w} 个警告）`,
    tooMany: (max: number, found: number) => `警告数 ${found} 超过了 --max-warnings ${max} 的上限`,
    clean: '未发现问题',
    unchecked: '没有检查（原因见下）',
    uncheckedFiles: (n: number) => `  其中 ${n} 个文件没有检查（无法读取或不符合格式，原因见上）。`,
    see: '参见',
    fixable: (e: number, w: number) => `  其中 ${[e ? `${e} 个错误` : '', w ? `${w} 个警告` : ''].filter(Boolean).join('、')}可用 --fix 选项自动修复。`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    document: '(whole submission)',
    summary: (p: number, e: number, w: number) => `${p} problem${p === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'})`,
    tooMany: (max: number, found: number) => `${found} warnings exceed --max-warnings ${max}`,
    clean: 'no problems found',
    unchecked: 'not checked (see below)',
    uncheckedFiles: (n: number) => `  ${n} file${n === 1 ? ' was' : 's were'} not checked (unreadable or not in the format; see above).`,
    see: 'see',
    fixable: (e: number, w: number) => `  ${e} error${e === 1 ? '' : 's'} and ${w} warning${w === 1 ? '' : 's'} potentially fixable with the \`--fix\` option.`,
  },
} as const;

/** `绍兴市商务局 · 2019`: who filed it, so a reviewer need not open the file to know */
function filedBy(result: LintResult): string {
  return [departmentOf(result), result.document?.year].filter((part) => part !== undefined && part !== '').join(' · ');
}

function projectIndex(m: LintMessage): number {
  const match = /^\/projects\/(\d+)/.exec(m.pointer);
  return match ? Number(match[1]) : -1;
}

export const stylish: Formatter = (results, context) => {
  const c = createColors(Boolean(context.color));
  const w = WORDS[context.locale];
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let unchecked = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    // a file perflint could not read is not a file with one error: nothing in it was checked
    const notChecked = wasNotChecked(result.messages);
    if (notChecked) unchecked++;
    const who = notChecked ? c.red(w.unchecked) : filedBy(result);
    lines.push('', c.underline(relative(context.cwd, result.filePath) || result.filePath) + (who ? `  ${c.bold(who)}` : ''));
    const groups = new Map<number, LintMessage[]>();
    for (const m of result.messages) {
      const k = projectIndex(m);
      groups.set(k, [...(groups.get(k) ?? []), m]);
    }
    for (const k of [...groups.keys()].sort((a, b) => a - b)) {
      const group = groups.get(k)!;
      const name = k < 0 ? w.document : (group.find((m) => m.context?.project)?.context?.project ?? `#${k + 1}`);
      lines.push(`  ${c.bold(name)}${k < 0 ? '' : c.dim(`  /projects/${k}`)}`);
      for (const m of group) {
        const where = m.cellRef ?? `${m.line}:${m.column}`;
        const severity = m.severity === 2 ? c.red(w.error) : c.yellow(w.warning);
        // the row's name, unless the message already says it (plugin rules may not)
        const indicator = m.context?.indicator;
        const row = indicator && !m.message.includes(indicator) ? c.dim(`[${indicator}] `) : '';
        lines.push(`    ${c.dim(where.padEnd(8))} ${severity}  ${row}${m.message}  ${c.dim(m.ruleId ?? '')}`);
        for (const r of m.related ?? []) {
          const file = relative(context.cwd, r.filePath) || r.filePath;
          lines.push(`    ${' '.repeat(8)} ${c.dim(`↳ ${w.see} ${file}:${r.cellRef ?? `${r.line}:${r.column}`}${r.label ? ` ${r.label}` : ''}`)}`);
        }
      }
    }
  }
  const total = errors + warnings;
  if (total > 0) {
    lines.push('', (errors ? c.red : c.yellow)(c.bold(`✖ ${w.summary(total, errors, warnings)}`)));
    if (unchecked > 0) lines.push(c.red(c.bold(w.uncheckedFiles(unchecked))));
    if (fixableErrors + fixableWarnings > 0) lines.push((errors ? c.red : c.yellow)(c.bold(w.fixable(fixableErrors, fixableWarnings))));
    lines.push(c.dim(topRulesLine(tally(results).rules, CLOSING_RULES)));
  }
  if (context.maxWarningsExceeded) {
    lines.push(c.red(c.bold(w.tooMany(context.maxWarningsExceeded.maxWarnings, context.maxWarningsExceeded.foundWarnings))));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
