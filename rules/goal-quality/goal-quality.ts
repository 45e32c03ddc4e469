/**
 * 绩效目标 must say what the year is to achieve. Three conservative signs that a stated goal does
 * not: it is only stock phrases (“全面改善…进一步提高…”) with no number and no counted object; it
 * is written as already done (“解决了”“极大的改善了”); or it copies the department's duties
 * (部门职能职责概述). A percent sign with no number before it (“按总客%”) is a lost number: the
 * share the goal promises cannot be read. A short goal that only arranges or spends the money
 * (“完成…经费预算安排”) names no output and no effect, and one that only cites documents
 * (“根据《…》等文件要求完成绩效目标”) names nothing at all. Short of these, a project whose goals
 * state no number and no counted object at all is reported once (`noQuantity`): reviewers ask for
 * goals 细化量化. An empty goal is goal-present's. The word lists are data in
 * src/analysis/goal-quality-words.ts; the goals a project states come from src/analysis/goal-words.ts.
 */
import { createRule } from '../../src/engine/rule.js';
import { childPointer } from '../../src/document/pointer.js';
import { restatesProjectName, statedGoals, type StatedGoal } from '../../src/analysis/goal-words.js';
import {
  BOILERPLATE_MAX_LENGTH,
  DUTY_HEADING_WORDS,
  boilerplateIn,
  citesOnly,
  doneMarker,
  fundingOnly,
  generalTask,
  percentWithoutNumber,
  statesOnlyAims,
  statesOutputQuantity,
  statesQuantity,
} from '../../src/analysis/goal-quality-words.js';
import { excerpt, normalizeForCopyComparison, shownLabel } from '../../src/analysis/text.js';

/** A goal cell holding an amount and nothing else ("43.2", 河北 廊坊 2019 自评表): the money, not a goal. */
const NUMBER_ONLY = /^\s*[\d.,，]+\s*(?:万元|元|亿元)?\s*$/u;
/** "1.完成…;\n2.\n3.": a numbered line the template printed and nobody filled (湖北 广水 2021, both readings) */
const EMPTY_ITEM = /(?:^|\n)[ \t\u3000]*(\d{1,2}[.．、])[ \t\u3000]*(?=\n|$)/gu;

export interface Options {
  minBoilerplatePhrases: number;
  requireQuantity: boolean;
}

/** Shorter than this, a goal is a stray mark or a placeholder (goal-present's, no-placeholder's). */
const MIN_GOAL_LENGTH = 4;

/** The department's duties as the table states them, normalised for comparison. */
function dutiesOf(extensions: Readonly<Record<string, unknown>> | undefined): string[] {
  return Object.entries(extensions ?? {})
    .filter(([key, value]) => typeof value === 'string' && DUTY_HEADING_WORDS.some((w) => shownLabel(key).includes(w)))
    .map(([, value]) => normalizeForCopyComparison(value as string))
    .filter((t) => t !== '');
}


export default createRule({
  name: 'goal-quality',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '绩效目标应具体、可考核', en: 'A performance goal is specific and assessable' },
      recommended: 'warn',
    },
    messages: {
      boilerplate: {
        'zh-CN': '项目“{{project}}”的{{goal}}“{{text}}”只有“{{phrases}}”等笼统表述，没有数量，也没有具体对象：请写明本期要完成什么、完成多少、达到什么效果，如“改造X所学校Y平方米，使Z达到…”',
        en: 'the {{goal}} of project "{{project}}" ("{{text}}") is only stock phrases ("{{phrases}}") with no number and nothing counted: state what is to be done, how much, and to what effect, e.g. "renovate X schools, Y m², bringing Z to …"',
      },
      alreadyDone: {
        'zh-CN': '项目“{{project}}”的{{goal}}“{{text}}”写成了已经完成的样子（“{{marker}}”）：绩效目标是本期预期达到的结果，请改为“完成…”“使…达到…”的表述并写明数量',
        en: 'the {{goal}} of project "{{project}}" ("{{text}}") is written as already done ("{{marker}}"): a goal is what the period is to achieve; write it as a target ("complete …", "bring … to …") with numbers',
      },
      percentWithoutNumber: {
        'zh-CN': '项目“{{project}}”的{{goal}}“{{text}}”中“{{words}}%”缺少数字：请补上百分比的数值（如“按总额20%”）',
        en: 'the {{goal}} of project "{{project}}" ("{{text}}") has "{{words}}%" with no number: write the percentage (e.g. 按总额20%)',
      },
      fundingOnly: {
        'zh-CN': '项目“{{project}}”的{{goal}}“{{text}}”只说了“{{words}}”，即把钱安排或花出去，没有写这笔资金要完成的产出和达到的效果：请写明本期要完成什么、完成多少、达到什么效果，如“新建X所学校Y平方米，新增学位Z个”',
        en: 'the {{goal}} of project "{{project}}" ("{{text}}") only says "{{words}}", i.e. arranging or spending the money, not what the money is to produce or achieve: state what is to be done, how much, and to what effect, e.g. "build X schools, Y m², Z new places"',
      },
      emptyItems: {
        'zh-CN': '项目“{{project}}”的{{goal}}“{{text}}”中留有模板的空编号（“{{items}}”）：请删去空编号，或在其后写明要完成的数量、质量、时效和效果',
        en: 'the {{goal}} of project "{{project}}" ("{{text}}") keeps the template\'s empty numbered items ("{{items}}"): delete them, or write the quantity, quality, timing and effect each is to state',
      },
      numberOnly: {
        'zh-CN': '项目“{{project}}”的{{goal}}只填了一个数“{{text}}”，没有写明要完成什么、完成多少、达到什么效果：请写明本期的产出和效果，如“完成X平方米改造，年内验收合格，使Y达到Z”',
        en: 'the {{goal}} of project "{{project}}" is only a number ("{{text}}"): it says nothing of what is to be done, how much, or to what effect: state the outputs and effects for the period, e.g. "renovate X m², accepted within the year, bringing Y to Z"',
      },
      noQuantity: {
        'zh-CN': '项目“{{project}}”的{{goal}}“{{text}}”没有写出任何数量：目标应细化量化，请写明本期要完成的数量、质量、时限和效果，如“全年为X人发放补助，发放准确率=100%”',
        en: 'the {{goal}} of project "{{project}}" ("{{text}}") states no quantity at all: a goal is specific and quantified; state the quantity, quality, timing and effect for the period, e.g. "pay the subsidy to X people in the year, payment accuracy =100%"',
      },
      generalTask: {
        'zh-CN': '项目“{{project}}”的{{goal}}“{{text}}”只说了要做好的工作或要发挥的作用，没有写完成多少、达到什么效果：请写明本期的数量、质量、时限和效果，如“全年完成X项，合格率≥95%”',
        en: 'the {{goal}} of project "{{project}}" ("{{text}}") only names a task to do well or a role to play, not how much is to be done or to what effect: state the quantity, quality, timing and effect for the period, e.g. "complete X items in the year, pass rate ≥95%"',
      },
      citesOnly: {
        'zh-CN': '项目“{{project}}”的{{goal}}只是引用文件（{{title}}等）并称按文件要求完成，没有写出本期要完成什么：请把文件要求落到本期的具体任务、数量和效果上，如“完成X人次筛查，报告及时率≥95%”',
        en: 'the {{goal}} of project "{{project}}" only cites documents ({{title}} and others) and promises to meet their requirements, without saying what the period is to achieve: turn the requirements into this period\'s tasks, amounts and effects, e.g. "screen X people, report on time in ≥95% of cases"',
      },
      copiedDuties: {
        'zh-CN': '项目“{{project}}”的{{goal}}“{{text}}”照抄了部门职能职责概述：请写本期要完成的具体任务和数量，而不是部门的职责',
        en: 'the {{goal}} of project "{{project}}" ("{{text}}") copies the department\'s duties: state the concrete tasks and amounts for the period, not what the department is for',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minBoilerplatePhrases: {
          type: 'integer',
          minimum: 1,
          description: 'how many stock phrases a short goal with no number needs before it is reported / 无数量的简短目标含几个笼统表述才报告',
        },
        requireQuantity: {
          type: 'boolean',
          description: 'report a project whose goals state no number and no counted object at all / 目标中没有任何数量时报告',
        },
      },
    },
    defaultOptions: { minBoilerplatePhrases: 2, requireQuantity: true } as Options,
  },
  create(context) {
    const GOAL = { 'zh-CN': '年度绩效目标', en: 'annual goal' };
    const PERIOD_GOAL = { 'zh-CN': '实施期绩效目标', en: 'period goal' };
    const minPhrases = context.options.minBoilerplatePhrases;

    return {
      project(project) {
        const duties = dutiesOf(project.value.extensions);
        const goals = statedGoals(project.value);
        const pointerOf = (stated: StatedGoal) => stated.path.reduce<string>((p, s) => childPointer(p, s), project.pointer);
        let reported = false;
        for (const stated of goals) {
          const finding = judge(stated, duties);
          if (finding === undefined) continue;
          reported = true;
          const pointer = pointerOf(stated);
          const data = { project: project.label, goal: stated.period ? PERIOD_GOAL : GOAL, text: excerpt(stated.text) };
          if (finding.kind === 'copiedDuties' || finding.kind === 'numberOnly') context.report({ pointer, messageId: finding.kind, data });
          else if (finding.kind === 'emptyItems') context.report({ pointer, messageId: 'emptyItems', data: { ...data, items: finding.detail } });
          else if (finding.kind === 'percentWithoutNumber') context.report({ pointer, messageId: 'percentWithoutNumber', data: { ...data, words: finding.detail } });
          else if (finding.kind === 'fundingOnly') context.report({ pointer, messageId: 'fundingOnly', data: { ...data, words: finding.detail } });
          else if (finding.kind === 'generalTask') context.report({ pointer, messageId: 'generalTask', data });
          else if (finding.kind === 'citesOnly') context.report({ pointer, messageId: 'citesOnly', data: { ...data, title: finding.detail } });
          else if (finding.kind === 'alreadyDone') context.report({ pointer, messageId: 'alreadyDone', data: { ...data, marker: finding.detail } });
          else context.report({ pointer, messageId: 'boilerplate', data: { ...data, phrases: finding.detail } });
        }
        // a goal that only restates the project name is goal-present's
        const stating = goals.filter((g) => !restatesProjectName(g.text, project.value.name));
        if (!reported && context.options.requireQuantity) checkQuantity(project.label, stating, pointerOf);
      },
    };

    /**
     * The annual goals, and apart from them the period goals, each set taken together: a goal may
     * run over several cells, and one of them with a number is enough. Longer than
     * BOILERPLATE_MAX_LENGTH characters, a goal is reported only when it is made of policy aims.
     */
    function checkQuantity(label: string, goals: readonly StatedGoal[], pointerOf: (stated: StatedGoal) => string): void {
      for (const period of [false, true]) {
        const judged = goals.filter((g) => g.period === period);
        const first = judged[0];
        // a long goal may name its deliverables one by one (罗氏宗祠、李氏宗祠、英布墓日常维护…) without a number;
        // it is reported only when it is made of policy aims
        const length = judged.reduce((n, g) => n + g.text.trim().length, 0);
        if (first === undefined || length < MIN_GOAL_LENGTH || judged.some((g) => statesOutputQuantity(g.text))) continue;
        if (length > BOILERPLATE_MAX_LENGTH && !statesOnlyAims(judged.map((g) => g.text).join('，'))) continue;
        context.report({ pointer: pointerOf(first), messageId: 'noQuantity', data: { project: label, goal: period ? PERIOD_GOAL : GOAL, text: excerpt(first.text) } });
      }
    }

    function judge(stated: StatedGoal, duties: readonly string[]): { kind: 'copiedDuties' | 'numberOnly' | 'emptyItems' | 'alreadyDone' | 'percentWithoutNumber' | 'fundingOnly' | 'generalTask' | 'citesOnly' | 'boilerplate'; detail: string } | undefined {
      const text = stated.text;
      if (NUMBER_ONLY.test(text)) return { kind: 'numberOnly', detail: '' };
      const empty = [...text.matchAll(EMPTY_ITEM)].map((m) => m[1]!.trim());
      if (empty.length > 0) return { kind: 'emptyItems', detail: empty.join('”“') };
      // (most projects list no duties to compare with)
      const normalized = duties.length > 0 ? normalizeForCopyComparison(text) : '';
      if (normalized !== '' && duties.includes(normalized)) return { kind: 'copiedDuties', detail: '' };
      const done = doneMarker(text);
      if (done !== undefined) return { kind: 'alreadyDone', detail: done };
      const lost = percentWithoutNumber(text);
      if (lost !== undefined) return { kind: 'percentWithoutNumber', detail: lost };
      const funding = fundingOnly(text);
      if (funding !== undefined) return { kind: 'fundingOnly', detail: funding };
      if (generalTask(text) !== undefined) return { kind: 'generalTask', detail: '' };
      const cited = citesOnly(text);
      if (cited !== undefined) return { kind: 'citesOnly', detail: cited };
      if (text.length > BOILERPLATE_MAX_LENGTH || statesQuantity(text)) return undefined;
      const phrases = boilerplateIn(text);
      if (phrases.length >= minPhrases) return { kind: 'boilerplate', detail: phrases.join('”“') };
      return undefined;
    }
  },
});
