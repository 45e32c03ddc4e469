/** The commands a README shows, as a newcomer would copy them: from its code blocks, comments cut. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ShownCommand {
  readme: string;
  /** which code block it is in (0-based): the commands of one block run in order, in one place */
  block: number;
  /** the command line as shown, without its trailing `# comment` */
  command: string;
  /** for `$ command` blocks: the output lines shown under it */
  shownOutput: string[];
}

const FENCE = /```(\w*)\n([\s\S]*?)```/g;

export function shownCommands(root: string, readme: string): ShownCommand[] {
  const text = readFileSync(join(root, readme), 'utf8');
  const out: ShownCommand[] = [];
  let block = -1;
  for (const [, lang, body] of text.matchAll(FENCE)) {
    block++;
    const lines = body!.split('\n');
    if (lang === 'sh' || lang === 'bash') {
      for (const line of lines) if (line.trim() && !line.trim().startsWith('#')) out.push({ readme, block, command: withoutComment(line), shownOutput: [] });
    } else if (lang === 'yaml') {
      for (const line of lines) {
        const run = /^\s*-?\s*run:\s*(.+)$/.exec(line);
        if (run) out.push({ readme, block, command: withoutComment(run[1]!), shownOutput: [] });
      }
    } else if (lang === '') {
      // a transcript: `$ command` followed by what it printed
      let current: ShownCommand | undefined;
      for (const line of lines) {
        if (line.startsWith('$ ')) out.push((current = { readme, block, command: line.slice(2).trim(), shownOutput: [] }));
        else if (current) current.shownOutput.push(line);
      }
    }
  }
  return out;
}

function withoutComment(line: string): string {
  return line.replace(/\s+#\s.*$/, '').trim();
}

/** `a && b` → [a, b] */
export function steps(command: string): string[] {
  return command.split('&&').map((s) => s.trim()).filter(Boolean);
}
