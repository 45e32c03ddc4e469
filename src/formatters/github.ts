/** GitHub Actions workflow commands: one annotation per finding. */
import { relative } from 'node:path';
import type { Formatter } from './types.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relative(context.cwd, result.filePath).split('\\').join('/');
    for (const m of result.messages) {
      const level = m.severity === 2 ? 'error' : 'warning';
      const props = [`file=${escapeProperty(file)}`, `line=${m.line}`, `col=${m.column}`];
      if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
      if (m.endColumn !== undefined) props.push(`endColumn=${m.endColumn}`);
      props.push(`title=${escapeProperty(`perflint${m.ruleId ? ` ${m.ruleId}` : ''}`)}`);
      const where = m.cellRef ? ` (${m.cellRef})` : '';
      lines.push(`::${level} ${props.join(',')}::${escapeData(m.message + where)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
