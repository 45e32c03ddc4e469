/**
 * schemas/config.schema.json is generated from the rule registry, so every built-in rule id and
 * option is known to editors and to validation. A test keeps the committed file in step.
 */
import type { AnyRule } from '../engine/rule.js';

const severity = {
  description: 'off | warn | error, or 0 | 1 | 2',
  oneOf: [{ enum: ['off', 'warn', 'error'] }, { enum: [0, 1, 2] }],
};

function ruleEntry(optionsSchema: unknown, description?: string): Record<string, unknown> {
  return {
    ...(description ? { description } : {}),
    oneOf: [
      { $ref: '#/$defs/severity' },
      {
        type: 'array',
        prefixItems: [{ $ref: '#/$defs/severity' }, optionsSchema === false ? { type: 'object', maxProperties: 0 } : optionsSchema],
        minItems: 1,
        maxItems: 2,
      },
    ],
  };
}

export function buildConfigSchema(rules: Array<[string, AnyRule]>): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(
    [...rules].sort(([a], [b]) => a.localeCompare(b)).map(([id, rule]) => [id, ruleEntry(rule.meta.schema, rule.meta.docs.description['zh-CN'])]),
  );
  const rulesObject = {
    type: 'object',
    description: '规则及其严重级别/选项 / rules with their severity and options',
    properties: ruleProperties,
    // plugin rules and typos are checked against the live registry, which can name the closest rule
    additionalProperties: { $ref: '#/$defs/anyRuleEntry' },
  };
  const stringOrList = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
  const settings = {
    type: 'object',
    description: '规则共用的知识：词表同义词、计量单位、占位词等 / shared knowledge: vocabulary synonyms, units, placeholder words',
    properties: {
      vocabulary: {
        type: 'object',
        additionalProperties: false,
        properties: {
          level1Synonyms: { type: 'object', additionalProperties: { type: 'string' } },
          level2Synonyms: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
      units: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          required: ['class'],
          additionalProperties: false,
          properties: { class: { type: 'string' }, scale: { type: 'number' }, canonical: { type: 'string' } },
        },
      },
      placeholders: { type: 'array', items: { type: 'string' } },
      satisfactionNames: { type: 'array', items: { type: 'string' } },
      unitClassesByName: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    },
  };
  const scalarOrList = (type: string) => ({ oneOf: [{ type }, { type: 'array', items: { type } }] });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://perflint.dev/schemas/config.schema.json',
    title: 'perflint configuration (.perflintrc.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: { ...stringOrList, description: 'perflint:recommended, perflint:zhejiang, plugin:x/name, npm packages or relative paths' },
      plugins: { type: 'array', items: { type: 'string' } },
      rules: rulesObject,
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            files: stringOrList,
            region: {
              type: 'object',
              additionalProperties: false,
              properties: {
                province: scalarOrList('string'),
                city: scalarOrList('string'),
                county: scalarOrList('string'),
                year: {
                  oneOf: [
                    { type: 'integer' },
                    { type: 'array', items: { type: 'integer' } },
                    {
                      type: 'object',
                      additionalProperties: false,
                      properties: { min: { type: 'integer' }, max: { type: 'integer' } },
                    },
                  ],
                },
              },
            },
            extends: stringOrList,
            rules: rulesObject,
            settings,
          },
        },
      },
      ignores: { type: 'array', items: { type: 'string' } },
      settings,
      locale: { enum: ['zh-CN', 'en'] },
      extensions: { type: 'array', items: { type: 'string', pattern: '^\\.[A-Za-z0-9]+$' } },
      import: {
        type: 'object',
        description: '表格中没有写明时使用的年度、地区、部门等；命令行参数优先 / what spreadsheets do not say; flags win',
        additionalProperties: false,
        properties: {
          year: { type: 'integer', minimum: 1990, maximum: 2100 },
          province: { type: 'string' },
          city: { type: 'string' },
          county: { type: 'string' },
          department: { type: 'string' },
          moneyUnit: { enum: ['元', '万元'] },
          layout: { type: 'string' },
          maxUnpackedBytes: {
            type: 'integer',
            minimum: 1,
            maximum: 2 ** 32,
            description: '工作簿各表解压后的总字节上限，超过则报告而不读取（默认 40 MiB）/ the most bytes a workbook\'s sheets may unpack to before it is reported instead of read (default 40 MiB)',
          },
        },
      },
    },
    $defs: {
      severity,
      anyRuleEntry: ruleEntry({ type: 'object' }),
    },
  };
}
