import { describe, expect, it } from 'vitest';
import { createSubmissionValidator, loadSubmissionSchema } from '../../src/document/validate.js';
import { createAjv } from '../../src/ajv.js';
import { buildConfigSchema } from '../../src/config/config-schema.js';

const validate = createSubmissionValidator();
const base = {
  format: 'perflint/v1',
  year: 2021,
  region: { province: '浙江省' },
  department: { name: '市商务局' },
  projects: [{ name: '出国人员经费', indicators: [{ level1: '产出指标', name: '出国（境）天数', value: '单次6-8天' }] }],
};

describe('submission schema', () => {
  it('is a valid JSON Schema, as is the config schema (neither is checked against the meta-schema at start-up)', () => {
    const ajv = createAjv();
    expect(ajv.validateSchema(loadSubmissionSchema()), JSON.stringify(ajv.errors)).toBe(true);
    expect(ajv.validateSchema(buildConfigSchema([])), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('accepts a minimal valid document', () => {
    expect(validate(base)).toEqual([]);
  });

  it('rejects a document without the format tag with one clear message', () => {
    const problems = validate({ ...base, format: undefined });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message['zh-CN']).toContain('perflint/v1');
  });

  it('names an unsupported format at /format', () => {
    expect(validate({ ...base, format: 'perflint/v9' })).toMatchObject([{ pointer: '/format' }]);
  });

  it('points at the missing field’s parent and names the field', () => {
    const doc = structuredClone(base) as { projects: Array<{ indicators: Array<Record<string, unknown>> }> };
    delete doc.projects[0]!.indicators[0]!.value;
    expect(validate(doc)).toEqual([
      { pointer: '/projects/0/indicators/0', target: 'value', message: { 'zh-CN': '缺少必填字段“value”', en: 'missing required field "value"' } },
    ]);
  });

  it('points at an unknown key and suggests the closest known one', () => {
    const doc = structuredClone(base) as { projects: Array<{ indicators: Array<Record<string, unknown>> }> };
    doc.projects[0]!.indicators[0]!.wieght = 10;
    const [problem] = validate(doc);
    expect(problem).toMatchObject({ pointer: '/projects/0/indicators/0/wieght', target: 'key' });
    expect(problem!.message['zh-CN']).toContain('是否应为“weight”');
  });

  it('explains a wrong type in words a clerk knows', () => {
    const doc = structuredClone(base) as { projects: Array<Record<string, unknown>> };
    doc.projects[0]!.funding = { total: '12万' };
    const [problem] = validate(doc);
    expect(problem).toMatchObject({ pointer: '/projects/0/funding/total' });
    expect(problem!.message['zh-CN']).toBe('应为数字或null，实际是文本');
  });
});
