/**
 * The reviewer's HTML report, opened from file:// in headless Chromium: its counts are the JSON
 * report's, its filters work by selecting and clicking, untrusted text stays text, and the page
 * raises no error and requests nothing. `PERFLINT_SCREENSHOT=1` refreshes docs/report.png.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qualifiedDepartmentName } from '../../src/analysis/department-name.js';
import type { LintResult } from '../../src/engine/results.js';
import { FINDINGS_SHOWN, html } from '../../src/formatters/html.js';
import { PerfLint } from '../../src/node/perflint.js';
import { BIN, ROOT } from '../cli/scenario.js';
import { launchChromium } from './chromium.js';

const work = mkdtempSync(join(tmpdir(), 'perflint-report-'));

function perflint(args: string[], cwd = ROOT): { stdout: string; status: number | null } {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(run.stderr).toBe('');
  return run;
}

function report(dir: string, name: string, extra: string[] = [], cwd = ROOT): string {
  const out = join(work, name);
  expect(perflint([dir, '-f', 'html', '-o', out, ...extra], cwd).status).not.toBe(2);
  return out;
}

interface Watched {
  page: Page;
  problems: string[];
}

let browser: Browser;

/** A page that records every page error, console error and request other than the report itself. */
async function open(file: string, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  const self = pathToFileURL(file).href;
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (request.url() !== self) problems.push(`request: ${request.url()}`);
  });
  await page.goto(self);
  return { page, problems };
}

const number = async (page: Page, selector: string) => Number(await page.locator(selector).innerText());
const rowsShown = (page: Page) => page.locator('#findings-body tr').count();

function countsByRule(results: LintResult[]): Record<string, { errors: number; warnings: number }> {
  const out: Record<string, { errors: number; warnings: number }> = {};
  for (const m of results.flatMap((r) => r.messages)) {
    const id = m.ruleId ?? (m.fatal ? 'fatal-parse-error' : 'input-reading');
    out[id] ??= { errors: 0, warnings: 0 };
    out[id][m.severity === 2 ? 'errors' : 'warnings']++;
  }
  return out;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the HTML report on the seed tables', () => {
  const seeds = join(ROOT, 'fixtures', 'seeds');
  let json: LintResult[];
  let watched: Watched;

  beforeAll(async () => {
    json = JSON.parse(perflint([seeds, '-f', 'json']).stdout) as LintResult[];
    watched = await open(report(seeds, 'seeds.html'));
  });

  it('shows the JSON report’s totals in its summary', async () => {
    const { page } = watched;
    const messages = json.flatMap((r) => r.messages);
    const departments = new Set(json.map((r) => qualifiedDepartmentName(r.document!.department!, r.document!.region)));
    expect(await number(page, '[data-stat=files] b')).toBe(json.length);
    expect(await number(page, '[data-stat=departments] b')).toBe(departments.size);
    expect(await number(page, '[data-stat=projects] b')).toBe(json.reduce((n, r) => n + r.document!.projects, 0));
    expect(await number(page, '[data-stat=errors] b')).toBe(messages.filter((m) => m.severity === 2).length);
    expect(await number(page, '[data-stat=warnings] b')).toBe(messages.filter((m) => m.severity === 1).length);
  });

  it('counts each rule and each department as the JSON report does', async () => {
    const { page } = watched;
    const shown: Record<string, { errors: number; warnings: number }> = {};
    for (const row of await page.locator('#rule-table tbody tr').all()) {
      const cells = await row.locator('td').allInnerTexts();
      shown[cells[0]!] = { errors: Number(cells[2]), warnings: Number(cells[3]) };
      expect(cells[1], `a name beside ${cells[0]}`).toMatch(/\p{Script=Han}/u);
    }
    expect(shown).toEqual(countsByRule(json));

    const byDepartment = new Map<string, number>();
    for (const r of json) {
      const name = qualifiedDepartmentName(r.document!.department!, r.document!.region);
      byDepartment.set(name, (byDepartment.get(name) ?? 0) + r.errorCount);
    }
    for (const row of await page.locator('#department-table tbody tr').all()) {
      const cells = await row.locator('td').allInnerTexts();
      expect(Number(cells[4]), cells[0]).toBe(byDepartment.get(cells[0]!));
    }
    expect(await page.locator('#department-table tbody tr').count()).toBe(byDepartment.size);
  });

  it('draws both charts as inline SVG', async () => {
    const { page } = watched;
    expect(await page.locator('figure.chart svg').count()).toBe(2);
    expect(await page.locator('figure.chart').first().locator('rect.bar-error').count()).toBeGreaterThan(0);
  });

  it('lists every finding with its place, and filters by severity, rule and department', async () => {
    const { page } = watched;
    const messages = json.flatMap((r) => r.messages);
    expect(await rowsShown(page)).toBe(messages.length);
    const places = await page.locator('#findings-body .where code').allInnerTexts();
    expect(places.filter((p) => /^\/projects\/\d+\S*\s+\d+:\d+$/.test(p)).length).toBeGreaterThan(0);

    await page.selectOption('#filter-severity', '1');
    expect(await rowsShown(page)).toBe(messages.filter((m) => m.severity === 1).length);
    expect(await page.locator('#findings-body .badge-2').count()).toBe(0);

    await page.selectOption('#filter-severity', '');
    await page.selectOption('#filter-rule', { label: (await page.locator('#filter-rule option', { hasText: 'no-placeholder' }).innerText()).trim() });
    expect(await rowsShown(page)).toBe(messages.filter((m) => m.ruleId === 'no-placeholder').length);

    await page.selectOption('#filter-rule', '');
    await page.locator('#department-table tbody tr', { hasText: '邢台市商务局' }).click();
    const xingtai = json.find((r) => r.document!.department === '邢台市商务局')!;
    expect(await page.locator('#filter-department option:checked').innerText()).toBe('邢台市商务局');
    expect(await rowsShown(page)).toBe(xingtai.messages.length);
    expect(await page.locator('#findings-count').innerText()).toContain(String(xingtai.messages.length));

    await page.locator('#rule-table tbody tr', { hasText: 'consistent-units' }).click();
    const both = xingtai.messages.filter((m) => m.ruleId === 'consistent-units').length;
    expect(both).toBeGreaterThan(0);
    expect(await rowsShown(page)).toBe(both);
  });

  it('shows a finding’s suggestions and the other places it points to', async () => {
    const { page } = watched;
    const messages = json.flatMap((r) => r.messages);
    await page.selectOption('#filter-department', '');
    await page.selectOption('#filter-rule', '');
    await page.selectOption('#filter-severity', '');
    const suggestions = messages.flatMap((m) => (m.suggestions ?? []).map((s) => s.desc));
    expect(suggestions.length).toBeGreaterThan(0);
    expect(await page.locator('#findings-body .suggestion').allInnerTexts()).toEqual(suggestions.map((desc) => `建议：${desc}`));
    expect(await page.locator('#findings-body .related').count()).toBe(messages.reduce((n, m) => n + (m.related?.length ?? 0), 0));
  });

  it('raises no page error, logs no console error and requests nothing', () => {
    expect(watched.problems).toEqual([]);
  });

  it('is readable at a glance (docs/report.png)', async () => {
    const { page } = await open(join(work, 'seeds.html'), { width: 1280, height: 1000 });
    const shot = await page.screenshot({ fullPage: false });
    expect(shot.length).toBeGreaterThan(10_000);
    if (process.env.PERFLINT_SCREENSHOT) writeFileSync(join(ROOT, 'docs', 'report.png'), shot);
  });
});

describe('the HTML report and untrusted text', () => {
  it('shows markup from a document as text and runs none of it', async () => {
    const dir = join(work, 'hostile');
    mkdirSync(dir, { recursive: true });
    const evil = '<script>window.pwned = 1</script><img src="https://example.invalid/x.png" onerror="window.pwned = 2">';
    const doc = {
      format: 'perflint/v1',
      year: 2024,
      region: { province: '浙江省', city: '杭州市' },
      department: { name: `杭州市${evil}局` },
      projects: [{ name: `项目${evil}`, indicators: [{ level1: '产出指标', level2: '数量指标', name: `培训${evil}`, value: `待定</script>${evil}` }] }],
    };
    writeFileSync(join(dir, 'evil.json'), JSON.stringify(doc));
    const { page, problems } = await open(report(dir, 'hostile.html'));
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#department-table tbody').innerText()).toContain('<script>window.pwned = 1</script>');
    expect(await page.locator('#findings-body').innerText()).toContain('<img src=');
    expect(await page.locator('img').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('the HTML report at scale', () => {
  it(`renders at most ${FINDINGS_SHOWN} findings at once and says how to reach the rest`, async () => {
    const messages = Array.from({ length: FINDINGS_SHOWN + 100 }, (_, i) => ({
      ruleId: i % 2 ? 'no-placeholder' : 'weights-sum',
      severity: (i % 3 ? 1 : 2) as 1 | 2,
      message: `finding ${i}`,
      line: i + 1,
      column: 1,
      pointer: `/projects/${i}`,
    }));
    const result: LintResult = {
      filePath: join(work, 'big.json'),
      messages,
      suppressedMessages: [],
      errorCount: messages.filter((m) => m.severity === 2).length,
      fatalErrorCount: 0,
      warningCount: messages.filter((m) => m.severity === 1).length,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
      document: { department: '大部门', year: 2024, projects: messages.length },
    };
    const file = join(work, 'big.html');
    writeFileSync(file, await html([result], { cwd: work, locale: 'en', rulesMeta: {} }));
    const { page, problems } = await open(file);
    expect(await rowsShown(page)).toBe(FINDINGS_SHOWN);
    await expect(page.locator('#findings-capped').isVisible()).resolves.toBe(true);
    expect(await page.locator('#findings-capped').innerText()).toContain(String(messages.length));
    await page.selectOption('#filter-severity', '2');
    expect(await rowsShown(page)).toBe(result.errorCount);
    await expect(page.locator('#findings-capped').isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
  });
});

describe('the HTML report on a workbook', () => {
  it('places findings by cell (表10!B7)', async () => {
    const { page, problems } = await open(report(join(ROOT, 'fixtures', 'workbooks', '申报表.xlsx'), 'workbook.html'));
    const places = await page.locator('#findings-body .where code').allInnerTexts();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toMatch(/^\S+![A-Z]+\d+$/);
    expect(problems).toEqual([]);
  });
});

describe('the HTML report in English', () => {
  it('names rules in English with --locale en', async () => {
    const { page, problems } = await open(report(join(ROOT, 'fixtures', 'seeds'), 'seeds.en.html', ['--locale', 'en']));
    expect(await page.locator('h1').innerText()).toBe('Performance-target review report');
    const meta = new PerfLint({ cwd: ROOT }).rulesMeta();
    for (const row of await page.locator('#rule-table tbody tr').all()) {
      const [id, name] = await row.locator('td').allInnerTexts();
      expect(name).toBe(meta[id!]!.docs.description.en);
    }
    expect(problems).toEqual([]);
  });
});
