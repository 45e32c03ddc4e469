import { describe, expect, it } from 'vitest';
import { interpolate, localize } from '../src/i18n.js';

describe('localised message data', () => {
  const data = { where: { 'zh-CN': '项目“甲”第1行', en: 'row 1 of project "甲"' }, row: 1 };

  it('fills a { zh-CN, en } datum in the message’s own locale', () => {
    const text = { 'zh-CN': '{{where}}（第{{row}}行）', en: '{{where}} (row {{row}})' };
    expect(localize(text, 'zh-CN', data)).toBe('项目“甲”第1行（第1行）');
    expect(localize(text, 'en', data)).toBe('row 1 of project "甲" (row 1)');
  });

  it('keeps an unknown slot visible', () => {
    expect(interpolate('{{missing}} {{row}}', data, 'en')).toBe('{{missing}} 1');
  });
});
