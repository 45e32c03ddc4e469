/**
 * The typed rule factory: messageIds are inferred from meta.messages, so a wrong one does not
 * compile. `npm test` typechecks this file; if a directive below stops being needed, tsc fails.
 */
import { describe, expect, it } from 'vitest';
import { createRule, defineCorpusRule, defineRule, docsUrl } from '../../src/engine/rule.js';
import { RuleTester } from '../../src/testing/rule-tester.js';

const meta = {
  type: 'problem' as const,
  docs: { description: { 'zh-CN': '示例', en: 'example' }, url: docsUrl('example') },
  messages: { tooLong: { 'zh-CN': '太长', en: 'too long' } },
  schema: false as const,
  defaultOptions: {},
};

describe('defineRule', () => {
  it('accepts the messageIds of meta.messages and rejects others at compile time', () => {
    const rule = defineRule({
      meta,
      create(context) {
        return {
          project(node) {
            context.report({ node, messageId: 'tooLong' });
            // @ts-expect-error 'tooShort' is not a key of meta.messages
            context.report({ node, messageId: 'tooShort' });
          },
        };
      },
    });
    expect(Object.keys(rule.meta.messages)).toEqual(['tooLong']);
  });

  it('types corpus reports the same way', () => {
    const rule = defineCorpusRule({
      meta: { ...meta, scope: 'corpus' as const },
      collect: () => 1,
      aggregate(context) {
        context.report({ filePath: 'a.json', pointer: '', messageId: 'tooLong' });
        // @ts-expect-error 'other' is not a key of meta.messages
        context.report({ filePath: 'a.json', pointer: '', messageId: 'other' });
      },
    });
    expect(rule.meta.scope).toBe('corpus');
  });
});

describe('createRule', () => {
  const { docs: _docs, ...metaWithoutDocs } = meta;
  const rule = createRule({
    name: 'example',
    meta: { ...metaWithoutDocs, docs: { description: meta.docs.description } },
    create(context) {
      return {
        project(node) {
          context.report({ node, messageId: 'tooLong' });
          // @ts-expect-error 'tooShort' is not a key of meta.messages
          context.report({ node, messageId: 'tooShort' });
        },
      };
    },
  });

  it('writes the id once: the name, and a docs url derived from it', () => {
    expect(rule.name).toBe('example');
    expect(rule.meta.docs.url).toBe(docsUrl('example'));
  });

  it('gives RuleTester cases the rule’s messageIds at compile time', () => {
    const registered: string[] = [];
    new RuleTester({ describe: (_name, fn) => fn(), it: (name) => void registered.push(name) }).run('example', rule, {
      valid: [],
      invalid: [
        { name: 'known', document: {}, errors: [{ messageId: 'tooLong' }] },
        // @ts-expect-error 'tooShort' is not one of the rule's messageIds
        { name: 'unknown', document: {}, errors: [{ messageId: 'tooShort' }] },
      ],
    });
    expect(registered).toEqual(['known', 'unknown']);
  });
});
