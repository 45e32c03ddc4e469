/**
 * 效益指标 must hold at least one indicator: a project that states only outputs says nothing about
 * what they achieve (local systems refuse to save: "效果指标二级指标必需填写一项！"). Per indicator
 * list whose rows name their 一级: an indicator row (not blank, not 不涉及) under 效益指标 that is
 * not a satisfaction row (older templates file 服务对象满意度 under 效益; 浙江 2019 files
 * 满意度 names there) must exist. Reported at the first 效益 row when the block is there but empty,
 * else on the list. A 效益 row that says the benefit is not there (社会公益服务无经济效益; 是否产生经济价值 /
 * 否) is reported on its own.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorListNode, IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import { SATISFACTION_LEVEL2 } from '../../src/analysis/framework.js';
import { deniesBenefit } from '../../src/analysis/name-measures.js';

export default createRule({
  name: 'benefit-present',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '须设置效益指标', en: 'Every project has a benefit indicator' },
      recommended: 'error',
    },
    messages: {
      missingBenefit: {
        'zh-CN': '{{where}}没有效益指标：请在效益指标下设置至少一个三级指标（经济效益、社会效益、生态效益或可持续影响），如“受益人数 ≥500人”',
        en: '{{where}} has no benefit indicator: set at least one third-level indicator under 效益指标 (economic, social, ecological or lasting effect), e.g. "beneficiaries ≥500"',
      },
      benefitDenied: {
        'zh-CN': '{{where}}写的是没有这项效益（“{{text}}”），不是可考核的效益指标：确无此类效益的，请删去这一行并把分值调给其他效益指标；有的，请写出可计量的效益（如“带动农户增收 ≥10万元”）',
        en: '{{where}} says the benefit is not there ("{{text}}"), which is no benefit to assess: if there is none, delete the row and give its points to the other benefit indicators; if there is, state it measurably (e.g. "household income up ≥100,000 yuan")',
      },
      emptyBenefit: {
        'zh-CN': '{{where}}的效益指标{{why}}：请在效益指标下设置至少一个有具体名称和目标值的三级指标，如“受益人数 ≥500人”',
        en: 'the benefit indicators of {{where}} {{why}}: set at least one named third-level indicator with a target under 效益指标, e.g. "beneficiaries ≥500"',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    function checkList(project: ProjectNode, list: IndicatorListNode): void {
      if (!list.rows.some((r) => r.category.level1 !== null) || project.hasUnplacedRows(list.rows)) return;
      const vocabulary = project.document.analysis.vocabulary;
      // with a 二级, the 二级 says what the row is; without one (浙江 2019), its name does
      const isSatisfaction = (r: IndicatorNode) =>
        r.category.level2 !== null ? r.category.level2 === SATISFACTION_LEVEL2 : vocabulary.isSatisfactionName(r.filled('name'));
      const block = list.rows.filter((r) => r.category.level1 === '效益指标');
      for (const row of block) {
        if (!row.isIndicatorRow || isSatisfaction(row) || !deniesBenefit(row.filled('name'), row.filled('value'))) continue;
        context.report({ pointer: `${row.pointer}/name`, messageId: 'benefitDenied', data: { ...row.where(row.label), text: `${row.filled('name').trim()} / ${row.filled('value').trim()}` } });
      }
      if (block.some((r) => r.isIndicatorRow && !isSatisfaction(r))) return;
      const where = project.listWhere(list.isPeriod);
      const rest = block.filter((r) => r.isIndicatorRow);
      if (rest.length > 0) {
        // only satisfaction rows under 效益: that is the satisfaction block, not a benefit
        context.report({ pointer: `${rest[0]!.pointer}/level1`, messageId: 'emptyBenefit', data: { ...where, why: { 'zh-CN': '下只有满意度指标', en: 'hold only satisfaction indicators' } } });
      } else if (block.length > 0) {
        context.report({ pointer: `${block[0]!.pointer}/level1`, messageId: 'emptyBenefit', data: { ...where, why: { 'zh-CN': '各行都是空行或“不涉及”', en: 'are all blank or 不涉及' } } });
      } else {
        context.report({ pointer: list.pointer, messageId: 'missingBenefit', data: where });
      }
    }

    return {
      project(project) {
        for (const list of project.lists) checkList(project, list);
      },
    };
  },
});
