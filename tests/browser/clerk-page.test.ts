/**
 * The clerk's page (dist/web/index.html) in real Chromium, opened from file:// with every network
 * request refused: a workbook is chosen, its findings appear with their cells, the preset can be
 * changed, the annotated copy downloads and reopens, and nothing but the page itself is requested.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, xlsxFromRows, zhejiang2021Rows } from '../import/helpers.js';
import { launchChromium } from './chromium.js';

const PAGE = pathToFileURL(join(ROOT, 'dist', 'web', 'index.html')).href;
const EXAMPLE = join(ROOT, 'fixtures', 'workbooks', '申报表.xlsx');

let browser: Browser;

beforeAll(async () => {
  // the page under test is the one `npm run build:web` writes from these sources
  execFileSync(process.execPath, [join(ROOT, 'src', 'web', 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** every URL the page or its worker asked for */
  requested: string[];
  errors: string[];
}

/** the page, offline: anything that is not the file itself or the page's own blob: worker is refused */
async function openPage(): Promise<Opened> {
  const context = await browser.newContext({ acceptDownloads: true, offline: true });
  const requested: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  await context.route('**/*', (route) => (route.request().url() === PAGE ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(PAGE);
  return { context, page, requested, errors };
}

async function findingCells(page: Page): Promise<string[]> {
  return page.locator('.finding .cell').allTextContents();
}

describe('the clerk\'s page', () => {
  it('lints the example workbook, shows findings by project with their cells, downloads the annotated copy, and requests nothing', async () => {
    const { context, page, requested, errors } = await openPage();
    try {
      await expect(page.locator('header').textContent()).resolves.toContain('文件只在本机处理，不会上传');
      await page.setInputFiles('#files', EXAMPLE);
      await page.locator('.finding .cell').first().waitFor();

      const cells = await findingCells(page);
      expect(cells.length).toBeGreaterThan(5);
      for (const cell of cells) expect(cell).toMatch(/^表10![A-Z]+\d+$/);
      const projects = await page.locator('.project h3').allTextContents();
      expect(projects).toContain('促进内需系列活动经费');
      await expect(page.locator('.preset-line').textContent()).resolves.toContain('浙江省');
      await expect(page.locator('.finding').first().textContent()).resolves.toMatch(/[\u4e00-\u9fff]{4}/);

      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.download').click()]);
      expect(download.suggestedFilename()).toBe('申报表（检查批注）.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets[0]!.name).toBe('perflint检查结果');
      const sheet = workbook.getWorksheet('表10')!;
      const filled: string[] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor && filled.push(`表10!${cell.address}`)));
      expect(filled.sort()).toEqual([...new Set(cells)].sort());
      for (const ref of new Set(cells)) expect(sheet.getCell(ref.slice('表10!'.length)).note).toBeTruthy();

      expect(errors).toEqual([]);
      expect(requested.filter((url) => url !== PAGE && !url.startsWith('blob:'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('applies the preset the clerk chooses instead of the region\'s', async () => {
    const { context, page } = await openPage();
    try {
      await page.setInputFiles('#files', EXAMPLE);
      await page.locator('.finding .cell').first().waitFor();
      const zhejiang = await page.locator('.finding .rule').allTextContents();
      expect(zhejiang.some((r) => r.includes('weights-sum'))).toBe(true);

      await page.selectOption('#preset', 'hebei');
      await page.locator('.preset-line', { hasText: '河北省' }).waitFor();
      await expect(page.locator('.preset-line').textContent()).resolves.toContain('手动选择');
      // perflint:hebei has no weights: the weight findings are gone
      const hebei = await page.locator('.finding .rule').allTextContents();
      expect(hebei.some((r) => r.includes('weights-sum'))).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('says which files it could not read, apart from those it checked', async () => {
    const notATable = await xlsxFromRows([{ name: '说明', rows: [['本文件是填报说明，不是绩效目标表']] }]);
    const { context, page } = await openPage();
    try {
      const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      await page.setInputFiles('#files', [
        { name: '申报表.xlsx', mimeType: xlsx, buffer: readFileSync(EXAMPLE) },
        { name: '填报说明.xlsx', mimeType: xlsx, buffer: notATable },
      ]);
      await page.locator('#status', { hasText: '检查完成' }).waitFor();
      await expect(page.locator('#status').textContent()).resolves.toContain('2 个文件（其中 1 个没有检查，原因见下）');
      const unread = page.locator('section.file', { hasText: '填报说明.xlsx' });
      await expect(unread.locator('.count').textContent()).resolves.toBe('没有检查（原因见下）');
      await expect(unread.locator('.finding .message').textContent()).resolves.toContain('没有找到可识别的绩效指标表头');
      await expect(page.locator('section.file', { hasText: '申报表.xlsx' }).locator('.count').textContent()).resolves.toMatch(/^错误 \d+ 处 · 警告 \d+ 处$/);
    } finally {
      await context.close();
    }
  });

  it('stays responsive while a 5,000-row workbook is linted in its worker', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      name: `项目${i + 1}`,
      total: 1000,
      rows: [
        ['产出指标', '数量指标', '培训人数', '≥', '500', '人', '30'],
        ['产出指标', '质量指标', '合格率', '≥', '95', '%', '20'],
        ['产出指标', '时效指标', '完成时间', '≤', '12', '月', '20'],
        ['效益指标', '社会效益指标', '影响', '定性', '良好', '', '20'],
        ['满意度指标', '服务对象满意度指标', '满意度', '≥', '90', '%', '10'],
      ],
    }));
    const bytes = await xlsxFromRows([{ name: '表10', rows: zhejiang2021Rows(rows) }]);
    const { context, page } = await openPage();
    try {
      // the page's own thread counts its timer ticks; a frozen page would count none while the worker lints
      // (page code as text: these tests compile without the DOM library)
      await page.evaluate(`window.ticks = []; setInterval(() => window.ticks.push(document.body.classList.contains('busy') ? 1 : 0), 20)`);
      await page.setInputFiles('#files', { name: '大表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
      await page.locator('#status', { hasText: '检查完成' }).waitFor({ timeout: 240_000 });
      const busyTicks = await page.evaluate<number>('window.ticks.filter((t) => t === 1).length');
      expect(busyTicks).toBeGreaterThan(3);
      await expect(page.locator('#status').textContent()).resolves.toMatch(/警告 [1-9]\d* 处/);
    } finally {
      await context.close();
    }
  });
});
