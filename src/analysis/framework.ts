/**
 * The indicator framework (指标体系) a table follows: which 一级 it has, which 二级 belong under
 * each, and where a row stands in it. Two frameworks are in use:
 *  - legacy (财预〔2015〕88号 and most local templates): 产出 / 效益 / 满意度, with 成本 as a 二级
 *    of 产出 and, in older 湖北/湖南 templates, 服务对象满意度 as a 二级 of 效益;
 *  - central-2022 (财预〔2021〕101号): 成本 / 产出 / 效益 / 满意度, 成本 with its own 二级.
 * Names go through the shared vocabulary (synonyms, 指标 suffix, trailing notes such as "(50分)").
 */
import type { Indicator } from '../document/model.js';
import type { Vocabulary } from './vocabulary.js';
import { labelKey } from './vocabulary.js';

export const FRAMEWORK_LEVEL1 = {
  legacy: ['产出指标', '效益指标', '满意度指标'],
  'central-2022': ['成本指标', '产出指标', '效益指标', '满意度指标'],
} as const;

/**
 * 一级 labels that are umbrellas over the real 一级: the 发改委 中央预算内投资 template files
 * 产出指标 and 效益指标 as 二级 under 实施效果指标. Keys as labelKey() gives them.
 */
export const UMBRELLA_LEVEL1: readonly string[] = ['实施效果'];

export function isUmbrellaLevel1(text: string, key: (text: string) => string = labelKey): boolean {
  return UMBRELLA_LEVEL1.includes(key(text));
}

/**
 * 投入, the first stage of the older 投入/产出/效果 templates (福建 2017 财政支出项目绩效目标表, the
 * 财政支出项目绩效目标申报表（范本）), holds the 时效目标 and 成本目标 that 88号 files under 产出:
 * with such a 二级 the row stands where its 二级 belongs, and the stage is no unknown 一级.
 */
const INPUT_STAGE_LEVEL1: readonly string[] = ['投入'];

export function isInputStage(text: string, key: (text: string) => string = labelKey): boolean {
  return INPUT_STAGE_LEVEL1.includes(key(text));
}

/**
 * 决策 and 过程 (项目决策, 项目管理), the stages before 产出 and 效益 in the 10号 evaluation framework
 * (财预〔2020〕10号 项目支出绩效评价指标体系框架: 决策 / 过程 / 产出 / 效益). A 自评表 that follows it
 * (宁夏 银川 2021) scores how the project was decided and run (立项, 绩效目标, 预算执行率, 管理制度)
 * beside its targets: scored items with no target value. In a 申报表 they are no targets at all, and
 * reviewers send them back (江苏 镇江 2024).
 */
const EVALUATION_STAGE_LEVEL1: readonly string[] = ['决策', '过程', '管理', '项目决策', '项目过程', '项目管理'];

export function isEvaluationStage(text: string, key: (text: string) => string = labelKey): boolean {
  return EVALUATION_STAGE_LEVEL1.includes(key(text));
}

/** Where a row stands: its canonical 一级 and 二级, as the table means them. */
export interface RowCategory {
  /** canonical 一级, or null when neither the 一级 nor the 二级 says it */
  level1: string | null;
  /** canonical 二级, or null */
  level2: string | null;
  /** the 一级 text is filled but names no category the vocabulary knows (nor an umbrella) */
  unknownLevel1: boolean;
  /** the 一级 is an umbrella and the 二级 names the real 一级 (实施效果指标 / 产出指标) */
  viaUmbrella: boolean;
  /** the 一级 names a stage of the 10号 evaluation framework before 产出 (决策, 过程): see isEvaluationStage */
  evaluationStage: boolean;
}

/** "(50分)" in the 一级 cell: the points the category is worth, its name lost or written elsewhere (山东 历城 2019 as stored) */
const POINTS_ONLY = /^[(（]?\d+(?:\.\d+)?分[)）]?$/u;
const pointsOnly = (text: string) => POINTS_ONLY.test(text);

/**
 * The category of a row. An umbrella 一级 defers to its 二级; a blank 一级 (templates without a
 * 一级 column, 安徽 2025), or one that gives only its points, takes the 二级's parent.
 */
export function rowCategory(row: Pick<Indicator, 'level1' | 'level2'>, vocabulary: Vocabulary): RowCategory {
  const level1Text = pointsOnly((row.level1 ?? '').trim()) ? '' : (row.level1 ?? '').trim();
  const level2Text = (row.level2 ?? '').trim();
  const level2 = level2Text === '' ? null : vocabulary.level2(level2Text);
  if (level1Text !== '' && isUmbrellaLevel1(level1Text, vocabulary.labelKey)) {
    const real = level2Text === '' ? null : vocabulary.level1Exact(level2Text);
    return { level1: real ?? (level2 === null ? null : vocabulary.parentOf(level2Text)), level2: real ? null : level2, unknownLevel1: false, viaUmbrella: real !== null, evaluationStage: false };
  }
  const level1 = level1Text === '' ? null : vocabulary.level1(level1Text);
  if (level1 !== null) return { level1, level2, unknownLevel1: false, viaUmbrella: false, evaluationStage: false };
  const parent = level2 === null ? null : vocabulary.parentOf(level2Text);
  const knownStage = parent !== null && isInputStage(level1Text, vocabulary.labelKey);
  return { level1: parent, level2, unknownLevel1: level1Text !== '' && !knownStage, viaUmbrella: false, evaluationStage: level1Text !== '' && isEvaluationStage(level1Text, vocabulary.labelKey) };
}

/** A 二级 that measures satisfaction (服务对象满意度指标 and its spellings). */
export const SATISFACTION_LEVEL2 = '服务对象满意度指标';
/** In the legacy framework 成本指标 is a 二级 of 产出指标. */
export const COST_LEVEL2 = '成本指标';
