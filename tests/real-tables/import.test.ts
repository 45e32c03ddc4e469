/**
 * Every real table from other provinces imports with no flags to the rows its transcription
 * counts, or is refused with a reason; metadata is never wrong (unknown is allowed: the lint warns).
 */
import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../../src/import/import-spreadsheet.js';
import { loadCorpus, tableWorkbook } from './corpus.mjs';
import { perturbedTables } from './perturbations.mjs';
import { blockLabel, headerCell } from '../../src/import/vocabulary.js';

/** tables that cannot be read, with why: the message must say so */
const REFUSED: Record<string, string> = {
  // the stored page ends in the label block, before any indicator grid
  'shanxi-yangquan-2021-sihao-nongcunlu-gongzuo-jingfei': '没有找到可识别的绩效指标表头',
  // page 17 of a report: the header row is on the page that was not published
  'sichuan-daying-2020-hedao-baojie-wancheng': '没有找到可识别的绩效指标表头',
  // an evaluation scoring sheet (项目决策 | 项目管理 | 项目绩效 with 分值 and 得分): no targets to check
  'hainan-shengji-undated-fuwu-maoyi-ziping-partial': '没有找到可识别的绩效指标表头：表头应有“一级指标”“三级指标（或明细指标）”“指标值”等栏目（只找到：一级指标、分值、二级指标、三级指标、得分）。这像是绩效评价评分表（只有分值和得分，没有指标值）：perflint 检查的是绩效目标表和填有指标值的自评表',
};

/** read in part, and saying so */
const PARTIAL: Record<string, { rows: number[][]; warning: string }> = {
  // the second table (二级项目名称 博物馆提升改造项目) is a header with no rows under it
  'gansu-jiayuguan-2023-bowuguan-mianfei-kaifang': { rows: [[10, 0], [0, 0]], warning: '这张表只读到了一部分' },
};

/** read whole, with a note on what the checks cannot use: the cell and what the note says */
const NOTED: Record<string, Array<[string, string]>> = {
  // 其中:财政拨款 "854万854万(高标准农田建设400万元,…)"
  'hunan-yueyang-yueyangxian-2022-gaobiaozhun-nongtian': [['Sheet1!C6', '读不出一个金额']],
  // "中央衔接推进乡村振兴补助资金(少数民族发展任务)50": the fund's name and its amount in one cell
  // (the total, "年度资金总额:50万", is read from its own cell)
  'neimenggu-huhehaote-wuchuan-2021-shaoshuminzu-yangzhichang': [['Sheet1!C6', '读不出一个金额']],
  // 全年执行数 "2022年原州区健康饮茶…38.75万元(少数民族发展资金37万元,…)": a description where the amount spent goes
  'ningxia-guyuan-yuanzhou-2022-bianxiaocha-ziping': [['Sheet1!D6', '全年执行数']],
  // no 项目名称 cell: the name is only in the notice's title (海南), or on the page before (四川 大英)
  'hainan-shengji-2022-huizhan-jiangli': [['Sheet1!A3', '没有读到项目名称']],
  'sichuan-daying-sifaju-2023-anke-tidai-ziping-multi': [['Sheet1!B2', '下面的发现以“#1”称呼该项目']],
  'sichuan-daying-2020-shuangxin-wenming-chengshi-chuangjian': [['Sheet1!B2', '下面的发现以“#1”称呼该项目']],
  // the project is named only in the notice's title (邯财社2018126号提前下达…中央财政困难群众救助补助预算指标绩效目标表)
  'hebei-handan-2019-kunnan-qunzhong-jiuzhu-dibao': [['Sheet1!A3', '下面的发现以“#1”称呼该项目']],
  'sichuan-daying-minzhengju-2022-guer-zhuxue-zhongyang-ziping-partial': [['Sheet1!C3', '下面的发现以“#1”称呼该项目']],
  // 福建 区域绩效目标表: one target column per town or district, only the first is checked
  'fujian-xiuyu-2025-shuili-zhuanxiang': [['Sheet1!G9', '按区域分列目标值（笏石街道办、埭头镇）']],
  'fujian-longyan-2023-zongjiao-guanli-jingfei-quyu': [['Sheet1!F11', '只检查了第一个区域“新罗区”的目标值']],
  'fujian-quanzhou-anxi-2022-shengji-diqipi-shuili': [['Sheet1!F19', '其余6个区域的目标值没有检查']],
};

describe('real tables from other provinces, without flags', () => {
  for (const table of loadCorpus()) {
    it(table.id, async () => {
      const outcome = await importSpreadsheet(`${table.id}.xlsx`, await tableWorkbook(table), {});
      if (REFUSED[table.id]) {
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.problem.message['zh-CN']).toContain(REFUSED[table.id]);
        return;
      }
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      const rows = outcome.document.projects.map((p) => [p.indicators.length, p.periodIndicators?.length ?? 0]);
      const partial = PARTIAL[table.id];
      if (partial) {
        expect(rows).toEqual(partial.rows);
        expect(outcome.warnings.map((w) => w.message['zh-CN']).join('\n')).toContain(partial.warning);
      } else {
        expect(rows).toEqual(table.source.expected.projects.map((p) => [p.indicators, p.periodIndicators ?? 0]));
        const noted = NOTED[table.id] ?? [];
        expect(outcome.warnings.map((w) => w.range.cellRef)).toEqual(noted.map(([cell]) => cell));
        outcome.warnings.forEach((w, i) => expect(w.message['zh-CN']).toContain(noted[i]![1]));
      }
      // funding the table prints may go unread (cost and balance checks then say nothing); a wrong amount never may
      outcome.document.projects.forEach((p, i) => {
        const total = p.funding?.total ?? null;
        if (total !== null) expect(total, `${p.name} total`).toBe(table.source.expected.projects[i]?.total);
      });
      const { region, year } = outcome.document;
      const province = table.source.province?.replace(/\s*\(.*$/, '');
      if (region?.province !== undefined) expect(region.province).toBe(province);
      if (year !== undefined && table.source.year !== null) expect(year).toBe(table.source.year);
    });
  }
});

describe('money blocks, 总分 rows and label cells of real tables', () => {
  const corpus = new Map(loadCorpus().map((t) => [t.id, t]));
  const imported = async (id: string) => {
    const outcome = await importSpreadsheet(`${id}.xlsx`, await tableWorkbook(corpus.get(id)!), {});
    if (!outcome.ok) throw new Error(outcome.problem.message['zh-CN']);
    return outcome.document.projects[0]!;
  };

  it('reads the points the form declares for its parts: 年度绩效目标 (80分), 预算执行情况(万元) (20分), a bracket lost (湖北 黄石 2023)', async () => {
    const qu = await imported('hubei-qu-shangwuju-2020-fuwu-maoyi-fazhan-ziping');
    expect([qu.indicatorPoints, qu.budgetExecution?.weight]).toEqual([80, 20]);
    const sanzhong = await imported('hubei-huangshi-sanzhong-2023-xiaoyuan-weixiu-ziping');
    expect([sanzhong.indicatorPoints, sanzhong.budgetExecution?.weight, sanzhong.funding?.total]).toEqual([98, 20, 800]);
    // 绩效指标(权重分值90分,其中产出指标权重分值50分,…): a breakdown, not one declaration
    expect((await imported('neimenggu-wuhai-gongxiaoshe-2021-zaisheng-ziyuan-huishou')).indicatorPoints).toBeUndefined();
  });

  it('reads 得分(20分*执行率) as the 预算执行率 score, not as the rate its bracket names (湖北 2020, 云南 隆阳 2022)', async () => {
    expect((await imported('hubei-qu-shangwuju-2020-fuwu-maoyi-fazhan-ziping')).budgetExecution).toEqual({ lines: [{ source: 'total', budget: 285.84, spent: 285.84, rate: '100%' }], weight: 20, score: 20 });
    expect((await imported('yunnan-baoshan-longyang-2022-huafei-jianliang-ziping-partial')).budgetExecution?.score).toBe(2.16);
  });

  it('reads a 自评表 money matrix: 全年预算数 as funding, 执行数 and 执行率 per line, 分值 as the 预算执行率 points (内蒙古 巴彦淖尔)', async () => {
    const p = await imported('neimenggu-bayannaoer-2024-ziranziyuan-ziping');
    expect(p.funding).toEqual({ total: 2.38, generalBudget: 0.58, other: 1.8 });
    expect(p.budgetExecution).toEqual({
      weight: 10,
      score: 10,
      lines: [
        { source: 'total', budget: 2.38, spent: 2.38, rate: '100' },
        { source: 'generalBudget', budget: 0.58, spent: 0.58, rate: '100' },
        { source: 'other', budget: 1.8, spent: 1.8, rate: '0' },
      ],
    });
    expect(p.source?.cells?.['budgetExecution/lines/2/rate']).toBe('G7');
  });

  it('reads an amount followed by its breakdown in brackets: 854万(高标准农田建设400万元,…) (湖南 岳阳县)', async () => {
    const p = await imported('hunan-yueyang-yueyangxian-2022-gaobiaozhun-nongtian');
    expect(p.funding?.total).toBe(854);
    expect(p.funding?.generalBudget).toBeNull();
  });

  it('gives the rows under a 分值 merged down over them no points of their own (安徽 萧县 其中… rows)', async () => {
    const p = await imported('anhui-suzhou-xiaoxian-2023-tese-zhongyang-ziping');
    expect(p.indicators.slice(0, 6).map((r) => [r.weight, r.source?.merged])).toEqual([
      [20, undefined],
      [undefined, ['weight', 'score']],
      [undefined, ['weight', 'score']],
      [undefined, ['weight', 'score']],
      [undefined, ['weight', 'score']],
      [10, undefined],
    ]);
  });

  it('reads the first region of a 区域绩效目标表 as the value, the region row below 区域目标值 as header (福建 龙岩)', async () => {
    const p = await imported('fujian-longyan-2023-zongjiao-guanli-jingfei-quyu');
    expect(p.indicators.map((r) => [r.name, r.value])).toEqual([
      ['宗教管理经费补助县(市、区)数量', '2'],
      ['项目资金使用合规性', '>=95%'],
      ['项目完成率', ''],
    ]);
  });

  it('reads 一级指标 | 二级指标 holding 数量指标 and the names as 二级 and 三级 (湖北 鄂州 2022)', async () => {
    const p = await imported('hubei-ezhou-jiguanshiwu-2022-bangong-dalou-yunxing');
    expect(p.indicators[0]).toMatchObject({ level1: '', level2: '数量指标', name: '办公大楼日常维修维护次数', value: '2280次' });
  });

  it('takes the unnamed column between 一级 and 三级 as the 二级 when it holds categories (重庆 忠县 2021)', async () => {
    const p = await imported('chongqing-zhongxian-tujing-2021-yimin-bangfu-ziping');
    expect(p.indicators.at(-3)).toMatchObject({ level2: '成本指标', name: '道路交通设施', value: '713万元' });
    expect(p.extensions?.['全年实际完成情况']).toBe(p.goal);
  });

  it('gives each row the 指标性质 merged down over it (重庆 科学城 2021)', async () => {
    const p = await imported('chongqing-kexuecheng-rongmeiti-2021-bumen-zhengti-ziping');
    expect(p.indicators.slice(0, 9).every((r) => r.valueType === '定量指标')).toBe(true);
  });

  it('reads a label column under a heading merged down column A, and 长期/年度 block labels beside their headers (湖南)', async () => {
    expect((await imported('hunan-hengyang-nanyue-2023-yulu-jihua')).name).toBe('2023年雨露计划就学补助项目');
    const ningxiang = await imported('hunan-changsha-ningxiang-batang-2021-jichusheshi-changqi');
    expect([ningxiang.periodIndicators?.length, ningxiang.indicators.length]).toEqual([10, 9]);
    expect(ningxiang.periodIndicators?.at(-1)?.level2).toBe('社会公众或服务对象满意度指标');
  });

  it('takes the expected sub-column of a 指标值 split in two, and leaves the stamp row out (湖北 黄石 2022 批复表)', async () => {
    const p = await imported('hubei-huangshi-dangxiao-2022-zhutiban-pifu');
    expect(p.indicators[0]).toMatchObject({ name: '主体班培训人次', value: '280人次' });
    expect(p.indicators.at(-1)).toMatchObject({ name: '培训学员对培训效果满意度', value: '≥95%' });
  });

  it('names the one project of a table with no 项目名称 cell after the sheet title, and says so (湖北 2021 自评结果)', async () => {
    const outcome = await importSpreadsheet('hbust.xlsx', await tableWorkbook(corpus.get('hubei-hbust-2021-jiangzhuxuejin-ziping')!), {});
    if (!outcome.ok) throw new Error(outcome.problem.message['zh-CN']);
    expect(outcome.document.projects[0]!.name).toBe('本专科生奖助学金项目');
    expect(outcome.document.source?.inferred).toContainEqual({ field: 'projects/0/name', value: '本专科生奖助学金项目', from: 'title', cell: 'Sheet1!A1' });
  });

  it('reads 当年预算 | 9.31 as the funding (重庆 潼南 2023), and a 预算执行情况(万元)(20分) block whose money line stands in the label column (湖北 襄阳 2021)', async () => {
    const tongnan = await importSpreadsheet('t.xlsx', await tableWorkbook(corpus.get('chongqing-tongnan-wugui-2023-yibanxing-xiangmu-multi')!), {});
    if (!tongnan.ok) throw new Error('refused');
    expect(tongnan.document.projects.map((p) => p.funding?.total)).toEqual([229.66, 9.31]);
    // its 指标性质 column holds the system's signs, 定性 among them: the sign column
    expect(tongnan.document.projects[0]!.indicators.map((r) => r.operator)).toEqual(['≥', '≥', '定性', '定性', '定性']);
    const xiangyang = await imported('hubei-xiangyang-zhongxinyiyuan-2021-dongjin-yuanqu-ziping');
    expect(xiangyang.funding).toEqual({ total: 1000 });
    expect(xiangyang.budgetExecution?.lines).toEqual([{ source: 'total', budget: 1000, spent: 1000, rate: '100%' }]);
  });

  it('keeps a 二级 printed with no 三级 as an empty category, with its cell (湖北 鄂州 2021)', async () => {
    const outcome = await importSpreadsheet('t.xlsx', await tableWorkbook(corpus.get('hubei-ezhou-shenpiju-2021-shiminzhongxin-ziping')!), {});
    if (!outcome.ok) throw new Error('refused');
    const p = outcome.document.projects[0]!;
    expect(p.emptyCategories).toEqual([{ level1: '产出指标', level2: '时效指标' }]);
    expect(p.source?.cells?.['emptyCategories/0/level2']).toBe('C19');
    expect(p.indicators.map((r) => r.level2)).not.toContain('时效指标');
  });

  it('reads a numbered label that fills its row from the box below it, kept blank when the box is (四川 自评表: 大英 2023, 青神 2023)', async () => {
    const daying = await importSpreadsheet('d.xlsx', await tableWorkbook(corpus.get('sichuan-daying-sifaju-2023-anke-tidai-ziping-multi')!), {});
    if (!daying.ok) throw new Error('refused');
    const anke = daying.document.projects[1]!;
    expect(anke.extensions?.['2.项目实施内容及过程概述']).toBe('2023年购买13台安可电脑,并于12月前完成资金支付。');
    expect(anke.source?.cells?.['extensions/2.项目实施内容及过程概述']).toBe('B15');
    const qingshen = await imported('sichuan-meishan-qingshen-2023-gongzi-zipingbiao');
    expect(qingshen.extensions?.['2.项目实施内容及过程概述']).toBe('');
    expect(qingshen.source?.cells?.['extensions/2.项目实施内容及过程概述']).toBe('B9');
  });

  it('reads a heading merged down over label/value pairs as those pairs, not as a record (湖南 宁乡 2021 项目立项情况)', async () => {
    const p = await imported('hunan-changsha-ningxiang-batang-2021-jichusheshi-changqi');
    expect(p.extensions).toMatchObject({ 项目立项的依据: '机关、学校、乡村振兴按发改立项', 项目申报的可行性: '已申报项目可行性评估', 项目申报的必要性: '为改善镇域内基础设施、振兴乡村' });
    expect(p.extensions?.['项目立项情况']).toBeUndefined();
    expect(p.source?.cells?.['extensions/项目申报的必要性']).toBe('C15');
    // a record's headers are labels: 项目实施进度计划 | 项目实施内容 | 开始时间 | 完成时间 stays one
    expect(p.extensions?.['项目实施进度计划']).toHaveLength(2);
  });

  it('reads the same labels and categories when a column merge is written out on each row (四川 青神 2023, 湖南 南岳 2023, 宁乡 2021, 重庆 荣昌 2022)', async () => {
    const writtenOut = async (id: string) => {
      const table = corpus.get(id)!;
      const outcome = await importSpreadsheet(`${id}.xlsx`, await tableWorkbook(table), {});
      const [, variant] = perturbedTables(table, outcome, { headerCell, blockLabel }).find(([label]) => label === 'merged cells written out on every row')!;
      const again = await importSpreadsheet(`${id}.xlsx`, await tableWorkbook(variant), {});
      if (!again.ok) throw new Error('refused');
      return again.document.projects[0]!;
    };
    // 项目基本情况 written out beside 2.项目实施内容及过程概述 is not its label
    const qingshen = await writtenOut('sichuan-meishan-qingshen-2023-gongzi-zipingbiao');
    expect(qingshen.extensions?.['2.项目实施内容及过程概述']).toBe('');
    expect(qingshen.source?.cells?.['extensions/2.项目实施内容及过程概述']).toBe('B9');
    expect((await writtenOut('hunan-hengyang-nanyue-2023-yulu-jihua')).extensions?.['专项立项 依据']).toBe('');
    // 项目立项情况 written out beside each of its label/value pairs still heads them
    expect((await writtenOut('hunan-changsha-ningxiang-batang-2021-jichusheshi-changqi')).extensions).toMatchObject({ 项目立项的依据: '机关、学校、乡村振兴按发改立项', 项目申报的必要性: '为改善镇域内基础设施、振兴乡村' });
    // 质量指标 written out on the blank row under its one indicator does not make it an empty category
    expect((await writtenOut('chongqing-rongchang-2022-gucheng-lvhua')).emptyCategories).toEqual([{ level1: '产出指标', level2: '时效指标' }]);
  });

  it('reads 项目期 | 1年 after an unknown label on the same row (安徽 亳州 2023)', async () => {
    const p = await imported('anhui-bozhou-2023-rengong-zengyu');
    expect(p.period).toBe('1年');
    expect(p.extensions).toMatchObject({ 项目属性: '常规项目' });
  });

  it('reads a 自评表 money block headed 项目预算执行情况(10分) (山东 历城 2019)', async () => {
    const p = await imported('shandong-jinan-licheng-wenhuaguan-2019-mianfei-kaifang-ziping');
    expect(p.funding).toEqual({ total: 45, generalBudget: 45, other: null });
  });

  it('keeps the 总分 row under a 自评表 grid, also when written "总分:83" in one cell (四川 中江, 上海 松江)', async () => {
    const zhongjiang = await imported('sichuan-zhongjiang-2022-shuibiaochi-ziping');
    expect(zhongjiang.pointsTotal).toEqual({ weight: 100, score: 100 });
    expect(zhongjiang.source?.cells?.['pointsTotal/weight']).toBe('E23');
    const songjiang = await imported('shanghai-songjiang-2020-jiuting-zipingbiao');
    expect(songjiang.source?.cells?.pointsTotal).toBe('A23');
  });

  it('reads the sources listed row by row under 年度资金总额 (陕西 清涧)', async () => {
    const p = await imported('shaanxi-qingjian-2021-guoyuanlu');
    expect(p.funding).toEqual({ total: 500, generalBudget: 500, other: null });
  });

  it('reads 项目名称: and 预算执行率权重(%): cells left empty above an export grid (四川 甘孜)', async () => {
    const p = await imported('sichuan-ganzi-undated-shichang-jianguan-shipin-anquan');
    expect(p.name).toBe('');
    expect(p.source?.cells?.name).toBe('E2');
    expect(p.budgetExecution).toEqual({ weight: null });
    expect(p.source?.cells?.['budgetExecution/weight']).toBe('A4');
  });

  it('reads the goal under its heading row, not the heading (湖北 青山 年度目标 | 中期目标, 四川 青神 自评表, 陕西 清涧 "总")', async () => {
    const jiaoyu = await imported('hubei-wuhan-qingshan-2020-jiaoyu-jijian');
    expect(jiaoyu.goal).toBe('按工作计划完成教育局重点项目建设经费预算安排');
    expect(jiaoyu.source?.cells?.goal).toBe('E10');
    expect(jiaoyu.periodGoal).toBe('优化教育布局,推进教育领域综合改革全面提升育人质量实现基础教育持续发展');
    const meishan = await imported('sichuan-meishan-qingshen-2023-gongzi-zipingbiao');
    expect(meishan.source?.cells?.['extensions/年度目标完成情况']).toBe('G7');
    const qingjian = await imported('shaanxi-qingjian-2021-guoyuanlu');
    expect(qingjian.source?.cells?.goal).toBe('B10');
  });

  it('keeps a "注:" line under the table in extensions (湖南 岳阳 2022)', async () => {
    const p = await imported('hunan-yueyang-yueyangxian-2022-gaobiaozhun-nongtian');
    expect(p.extensions?.['注']).toMatch(/^注:各地请根据实际情况/);
    expect(p.source?.cells?.['extensions/注']).toBe('A23');
  });

  it('reads a 专项 listed under its unit’s own code, with an empty 实施期绩效目标 column kept as an empty goal (湖南 湘西 2023)', async () => {
    const p = await imported('hunan-xiangxi-tejiao-2023-xuesheng-huoshifei');
    expect(p.name).toBe('学生伙食费');
    expect(p.unit).toEqual({ code: '505006', name: '州民族特殊教育学校' });
    expect(p.funding?.total).toBe(30);
    expect(p.periodGoal).toBe('');
    expect(p.source?.cells?.periodGoal).toBe('D6');
    expect(p.indicators[0]).toMatchObject({ name: '学生补助标准', description: '反映学生每天用餐标准' });
  });

  it('reads a 指标性质 column filled with ≥ as the operator column (四川 井研 马踏 2023), and one of 定量/定性 as what it is (湖南 湘西)', async () => {
    const mata = await imported('sichuan-leshan-jingyan-mata-2023-cunzu-ganbu-baochou');
    expect(mata.indicators[1]).toMatchObject({ name: '维持时效', operator: '≥', value: '1', unit: '年' });
    expect(mata.indicators[1]).not.toHaveProperty('valueType');
    const xiangxi = await imported('hunan-xiangxi-tejiao-2023-xuesheng-huoshifei');
    expect(xiangxi.indicators[0]).toMatchObject({ valueType: '定量' });
    expect(xiangxi.indicators[0]).not.toHaveProperty('operator');
  });

  it('reads a 指标方向 column filled with ≥ ≤ as the operator column, leaving 是/否 out (福建 秀屿 2025)', async () => {
    const xiuyu = await imported('fujian-xiuyu-2025-shuili-zhuanxiang');
    expect(xiuyu.indicators[0]).toMatchObject({ name: '省级财政专项资金投入成本控制率(%)', operator: '≤', value: '100%' });
    expect(xiuyu.indicators[0]).not.toHaveProperty('direction');
    expect(xiuyu.indicators[2]).toMatchObject({ name: '已建工程是否存在质量问题', value: '否' });
    expect(xiuyu.indicators[2]).not.toHaveProperty('operator');
  });

  it('names a 部门整体 table titled only 部门整体支出…表 after its department (湖南 澧县, 福建 宁德)', async () => {
    expect((await imported('hunan-changde-lixian-2021-shiyongjun-zhengti')).name).toBe('澧县食用菌研究所部门整体支出');
    expect((await imported('fujian-ningde-2019-dangshi-fangzhi-bumen-zhengti-partial')).name).toBe('中共宁德市委党史和地方志研究室部门整体支出');
  });

  it('reads a 区域绩效目标表: 资金名称 as the name, 区县主管部门 as the department, 一级 beside the 绩效指标 label column (重庆 忠县 2022)', async () => {
    const corpusTable = corpus.get('chongqing-zhongxian-2022-shengzhu-diaochu-daxian-quyu')!;
    const outcome = await importSpreadsheet('zhongxian.xlsx', await tableWorkbook(corpusTable), {});
    if (!outcome.ok) throw new Error(outcome.problem.message['zh-CN']);
    expect(outcome.document.department?.name).toBe('忠县农业农村委员会');
    const p = outcome.document.projects[0]!;
    expect(p.name).toBe('生猪(牛羊)调出大县奖励资金');
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '猪肉产量稳定率'],
      ['产出指标', '数量指标', '能繁母猪稳定率'],
    ]);
  });

  it('reads the department from 主管部门及其编码 (湖南 湘潭 2024)', async () => {
    const outcome = await importSpreadsheet('xiangtan.xlsx', await tableWorkbook(corpus.get('hunan-xiangtan-2024-wupaoche-yichen')!), {});
    if (!outcome.ok) throw new Error(outcome.problem.message['zh-CN']);
    expect(outcome.document.department?.name).toMatch(/^湘潭市城市管理和综合执法局/);
    expect(outcome.document.region?.province).toBe('湖南省');
  });

  it('names the project by 二级项目名称 when the row starts with an unknown 一级项目名称 label (甘肃 嘉峪关 2023)', async () => {
    const p = await imported('gansu-jiayuguan-2023-bowuguan-mianfei-kaifang');
    expect(p.name).toBe('博物馆纪念馆市级免费开放补助资金');
    expect(p.source?.cells?.name).toBe('F3');
    expect(p.extensions?.['一*级项目名称']).toBe('文化事业发展专项资金');
  });
});
