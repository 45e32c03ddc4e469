import { describe, expect, it } from 'vitest';
import { detectMisplacedCells, detectRowShift } from '../../src/analysis/row-shift.js';
import { createVocabulary } from '../../src/analysis/vocabulary.js';
import type { Indicator } from '../../src/document/model.js';

const vocabulary = createVocabulary();
const detect = (row: Indicator) => detectRowShift(row, (t) => vocabulary.level2(t) !== null);

describe('detectRowShift', () => {
  it('finds a name in 指标描述（个性） and a value in 明细指标 (seed 000 签证点工作经费)', () => {
    expect(detect({ level1: '产出指标', name: '35-40套', value: '', description: '', personal: { name: '数量指标', description: '购买数量' } })).toEqual({
      kind: 'shifted',
      name: { path: '/personal/description', text: '购买数量' },
      value: { path: '/name', text: '35-40套' },
    });
  });

  it('finds a name in 指标描述 and a target word in 明细指标（个性） (seed 004 公务接待费)', () => {
    expect(detect({ level1: '效益指标', name: '', value: '', description: '服务对象满意度', personal: { name: '满意', description: '得到市领导的好评。' } })).toMatchObject({
      kind: 'shifted',
      name: { text: '服务对象满意度' },
      value: { path: '/personal/name', text: '满意' },
    });
  });

  it('finds a target sentence and a name that traded places (seed 000 促进内需系列活动经费)', () => {
    expect(detect({ level1: '效益指标', name: '各项重点活动如期启动，按计划举行，除不可抗力外落实率90%以上。', value: '执行率', description: '', personalized: true })).toMatchObject({
      kind: 'swapped',
      name: { path: '/value', text: '执行率' },
      value: { path: '/name' },
    });
  });

  it('leaves ordinary rows alone', () => {
    const rows: Indicator[] = [
      { level1: '产出指标', name: '审批程序', value: '', description: '审批程序是否符合规定' }, // empty value, not a shift
      { level1: '产出指标', name: '培训人数', value: '', description: '参加培训人数' },
      { level1: '产出指标', name: '会议（培训）参加人数', value: '300人左右', description: '会议（培训）参加人数' },
      { level1: '效益指标', name: '推动线上线下共同发展', value: '', description: '进一步推动传统商贸与电子商务的深度融合，引导传统商贸企业运用“互联网+”。', personalized: true },
      { level1: '产出指标', name: '2019年度工作完成率', value: '较好', description: '' },
    ];
    for (const row of rows) expect(detect(row)).toBeUndefined();
  });
});

describe('detectMisplacedCells', () => {
  const options = {
    categoryOf: (t: string) => (vocabulary.isSatisfactionName(t) ? null : (vocabulary.level2Exact(t) ?? vocabulary.level1Exact(t))),
    unitClassOf: (t: string) => (['人', '%', '元/人/天'].includes(t) ? 'count' : 'other'),
  };
  const cells = (row: Partial<Indicator>) => detectMisplacedCells({ level1: '产出指标', name: '', value: '', ...row }, options).map((c) => [c.kind, c.detail ?? c.text]);

  it('a target after the name, with or without a comparison', () => {
    expect(cells({ name: '服务对象满意度≥90%' })).toEqual([['targetInName', '≥90%']]);
    expect(cells({ name: '*贫困地区旅游基础设施建设质量达标率100%', value: '>=98%' })).toEqual([['targetInName', '100%']]); // hunan-hengyang 2018 row 13
  });
  it('not a template hint, a count inside a name, or a deadline', () => {
    expect(cells({ name: '贫困地区旅游景点开发数量( ≥**个 )' })).toEqual([]);
    expect(cells({ name: '村组干部230人' })).toEqual([]);
    expect(cells({ name: '截至2026年12月底项目完工率' })).toEqual([]);
  });
  it('amounts, categories and scoring rules as names; an explanation as the unit', () => {
    expect(cells({ name: '50000元' })).toEqual([['amountInName', '50000元']]);
    expect(cells({ name: '社会效益指标' })).toEqual([['categoryAsName', '社会效益指标']]);
    expect(cells({ name: '服务对象满意度' })).toEqual([]);
    expect(cells({ name: '未按时完成的酌情扣分' })).toEqual([['scoringInName', '未按时完成的酌情扣分']]);
    expect(cells({ name: '控制在预算成本内' })).toEqual([['requirementAsName', '控制在预算成本内']]); // hunan-xiangtan 2023 row 13
    expect(cells({ name: '成本控制在预算范围以内' })).toEqual([['requirementAsName', '成本控制在预算范围以内']]);
    expect(cells({ name: '预算控制率' })).toEqual([]);
    expect(cells({ name: '2022年全年' })).toEqual([['timeAsName', '2022年全年']]); // hubei-huangshi-tushuguan 2022 row 17
    expect(cells({ name: '1年' })).toEqual([['timeAsName', '1年']]); // hubei-xiangyang 2021 row 14
    expect(cells({ name: '2022年项目完成时间' })).toEqual([]);
    expect(cells({ name: '项目总成本' })).toEqual([]);
    expect(cells({ name: '培训人数', unit: '按实际参训人数计算' })).toEqual([['explanationInUnit', '按实际参训人数计算']]);
    expect(cells({ name: '培训人数', unit: '人' })).toEqual([]);
    expect(cells({ name: '项目财政资金到位时间', unit: '44,561' })).toEqual([]); // neimenggu-wuhai 2021: a date serial, not an explanation
  });
});
