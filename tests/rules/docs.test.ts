/**
 * Every rule is one folder, rules/<id>/, holding the rule (<id>.ts), its tests (<id>.test.ts) and
 * its doc (README.md), whose description, options and messages match the rule's meta
 * (typescript-eslint's docs meta-test). What the rules derive (registry, presets, schema) is
 * tested where it is derived; what a folder must hold by hand is checked here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

const RULES_DIR = join(ROOT, 'rules');

describe('rule folders', () => {
  it('every folder under rules/ is a registered rule, and every rule has a folder', () => {
    const folders = readdirSync(RULES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(builtinRules).sort());
  });

  it('no rule documentation is left outside its folder', () => {
    expect(existsSync(join(ROOT, 'docs', 'rules'))).toBe(false);
  });
});

describe('rule docs', () => {
  for (const [id, rule] of Object.entries(builtinRules)) {
    describe(id, () => {
      const folder = join(RULES_DIR, id);
      const file = join(folder, 'README.md');
      const text = existsSync(file) ? readFileSync(file, 'utf8') : '';

      it('is registered under its own name', () => {
        expect(rule.name).toBe(id);
      });

      it('has its source and its own tests in rules/<id>/', () => {
        expect(existsSync(join(folder, `${id}.ts`))).toBe(true);
        expect(existsSync(join(folder, `${id}.test.ts`))).toBe(true);
      });

      it('has a doc page at rules/<id>/README.md and a matching docs url', () => {
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
