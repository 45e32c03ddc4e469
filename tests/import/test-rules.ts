/** Rules with predictable findings, so the import tests do not depend on the built-in rule set. */
import { defineRule } from '../../src/engine/rule.js';

const docs = (what: string) => ({ description: { 'zh-CN': what, en: what }, url: 'https://example.invalid' });

export const emptyValue = defineRule({
  meta: {
    type: 'problem',
    docs: docs('指标值不能为空'),
    messages: { empty: { 'zh-CN': '指标“{{indicator}}”没有填写指标值', en: 'indicator "{{indicator}}" has no target value' } },
    schema: false,
    defaultOptions: undefined,
  },
  create(context) {
    return {
      indicator(node) {
        if (node.value.value.trim() === '') context.report({ pointer: `${node.pointer}/value`, messageId: 'empty', data: { indicator: node.label } });
      },
    };
  },
});

export const missingWeight = defineRule({
  meta: {
    type: 'suggestion',
    docs: docs('须填写指标权重'),
    messages: { missing: { 'zh-CN': '指标“{{indicator}}”没有填写权重', en: 'indicator "{{indicator}}" has no weight' } },
    schema: false,
    defaultOptions: undefined,
  },
  create(context) {
    return {
      indicator(node) {
        if ('weight' in node.value && node.value.weight === null) context.report({ pointer: `${node.pointer}/weight`, messageId: 'missing', data: { indicator: node.label } });
      },
    };
  },
});

export const levelOne = defineRule({
  meta: {
    type: 'suggestion',
    docs: docs('一级指标应为产出、效益或满意度指标'),
    messages: { odd: { 'zh-CN': '一级指标“{{level1}}”不是产出、效益或满意度指标', en: 'level-1 "{{level1}}" is not output, outcome or satisfaction' } },
    schema: false,
    defaultOptions: undefined,
  },
  create(context) {
    return {
      indicator(node) {
        if (!/^(产出|效益|满意度)指标$/.test(node.value.level1)) context.report({ pointer: `${node.pointer}/level1`, messageId: 'odd', data: { level1: node.value.level1 } });
      },
    };
  },
});

export const noFunding = defineRule({
  meta: {
    type: 'problem',
    docs: docs('须填写资金总额'),
    messages: { none: { 'zh-CN': '项目“{{project}}”没有资金总额', en: 'project "{{project}}" has no total' } },
    schema: false,
    defaultOptions: undefined,
  },
  create(context) {
    return {
      project(node) {
        if (node.value.funding && node.value.funding.total === null) context.report({ pointer: `${node.pointer}/funding/total`, messageId: 'none', data: { project: node.label } });
      },
    };
  },
});

export const TEST_RULES = { 'test/empty-value': emptyValue, 'test/missing-weight': missingWeight, 'test/level-one': levelOne, 'test/no-funding': noFunding };
