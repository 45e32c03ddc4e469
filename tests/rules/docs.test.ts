/**
 * Every rule has its tests and a doc page whose description, options and messages match the
 * rule's meta (typescript-eslint's docs meta-test).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { docsUrl } from '../../src/engine/rule.js';
import { ROOT } from '../cli/scenario.js';

function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}`);
  if (start < 0) return '';
  const next = text.indexOf('\n## ', start + 4);
  return text.slice(start, next < 0 ? undefined : next);
}

describe('rule docs', () => {
  for (const [id, rule] of Object.entries(builtinRules)) {
    describe(id, () => {
      const file = join(ROOT, 'docs', 'rules', `${id}.md`);
      const text = existsSync(file) ? readFileSync(file, 'utf8') : '';

      it('has its own tests at rules/<id>.test.ts', () => {
        expect(existsSync(join(ROOT, 'rules', `${id}.test.ts`))).toBe(true);
      });

      it('has a doc page at docs/rules/<id>.md and a matching docs url', () => {
        expect(existsSync(file)).toBe(true);
        expect(rule.meta.docs.url).toBe(docsUrl(id));
        expect(text.startsWith(`# ${id}\n`)).toBe(true);
      });

      it('quotes the rule’s zh-CN and English descriptions verbatim', () => {
        expect(text).toContain(`> ${rule.meta.docs.description['zh-CN']}\n`);
        expect(text).toContain(`> ${rule.meta.docs.description.en}\n`);
      });

      it('documents exactly the rule’s options, in order, with their defaults', () => {
        const options = section(text, '选项 / Options');
        expect(options).not.toBe('');
        const rows = [...options.matchAll(/^\| `([^`]+)` \| `([^`]*)` \|/gm)].map((m) => [m[1], m[2]]);
        const defaults = Object.entries((rule.meta.defaultOptions ?? {}) as Record<string, unknown>).map(([k, v]) => [k, JSON.stringify(v)]);
        expect(rows).toEqual(defaults);
        if (rule.meta.schema) {
          const properties = (rule.meta.schema as { properties?: Record<string, { description?: string }> }).properties ?? {};
          expect(Object.keys(properties).sort()).toEqual(defaults.map(([k]) => k).sort());
          for (const [k, p] of Object.entries(properties)) expect(p.description, `option ${k} needs a description`).toBeTruthy();
        }
      });

      it('lists every messageId', () => {
        const messages = section(text, '消息 / Messages');
        for (const messageId of Object.keys(rule.meta.messages)) expect(messages).toContain(`\`${messageId}\``);
      });

      it('shows a failing and a passing example', () => {
        const examples = section(text, '示例 / Examples');
        expect(examples).toContain('### 不通过 / Failing');
        expect(examples).toContain('### 通过 / Passing');
      });
    });
  }
});
