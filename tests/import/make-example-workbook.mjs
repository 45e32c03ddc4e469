#!/usr/bin/env node
/**
 * Builds fixtures/workbooks/申报表.xlsx, the README's example: six projects of seed 001 (绍兴市商务局,
 * 2021, 浙江 2021 layout) drawn as the budget system's workbook, with the seed's own defects
 * (empty weights, 护大城市影响力, 定性 values with numbers in them, a project without money) and
 * a few more a reviewer meets every year, planted on purpose and listed below.
 *
 *   npm run build && node tests/import/make-example-workbook.mjs
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const { writeLayoutWorkbook } = await import(new URL('dist/tests/support/write-workbook.js', root).href);
const { writeFileAtomic } = await import(new URL('dist/src/fs-atomic.js', root).href);

const seed = JSON.parse(readFileSync(new URL('fixtures/seeds/001_84903211b8abe6be.json', root), 'utf8'));
const pick = (name) => JSON.parse(JSON.stringify(seed.projects.find((p) => p.name === name)));
const projects = [
  pick('2021 人才专项（工作经费）——电子商务创业创新大赛'),
  pick('促进内需系列活动经费'),
  pick('促进商务发展'),
  pick('开放型经济（支持企业参加线上展会）'),
  pick('商事法律业务培训'),
  pick('数字贸易系列活动'),
];
const [contest, demand, commerce, online, training] = projects;

const planted = [];
const plant = (what, change) => {
  change();
  planted.push(what);
};
plant('电子商务创业创新大赛：“活动参与人数”权重 20 → 30，权重合计 110', () => (contest.indicators.find((i) => i.name === '活动参与人数').weight = 30));
plant('促进内需系列活动经费：“宣传（活动）天数”的指标值空着', () => (demand.indicators.find((i) => i.name === '宣传（活动）天数').value = ''));
plant('促进商务发展：一般公共预算 7,360,000 ≠ 总计 7,630,000（数字颠倒）', () => (commerce.funding.generalBudget = 7360000));
plant('开放型经济（支持企业参加线上展会）：删去满意度指标', () => (online.indicators = online.indicators.filter((i) => i.level1 !== '满意度指标')));
plant('商事法律业务培训：“会议（培训）参加人数”的指标值是模板占位符“**”', () => (training.indicators.find((i) => i.name === '会议（培训）参加人数').value = '**'));

const document = { ...seed, projects };
const workbook = writeLayoutWorkbook(document, { layout: 'zhejiang-2021', regionInTitle: true });
workbook.created = workbook.modified = new Date(Date.UTC(2020, 10, 1));
workbook.worksheets[0].name = '表10';
const target = fileURLToPath(new URL('fixtures/workbooks/申报表.xlsx', root));
mkdirSync(dirname(target), { recursive: true });
await writeFileAtomic(target, new Uint8Array(await workbook.xlsx.writeBuffer()));
console.log(`wrote ${target}\nplanted defects (besides the seed's own):\n${planted.map((p) => `  - ${p}`).join('\n')}`);
