/**
 * The layout registry: the table layouts (表样) perflint names, each in its own module with how it is
 * recognised and what its header holds. Reading does not depend on the layout (every table is read
 * by what its rows say, see read-tables.ts); the layout names the table in the import summary and
 * `source.template`, and says what a forced `--layout` must find. A table that matches none is
 * read all the same, as 'generic'.
 */
import type { Layout, LayoutEvidence } from './evidence.js';
import { declaration, listExport, selfEvaluation } from './families.js';
import { hebei2021, hebei2023 } from './hebei.js';
import { zhejiang2019 } from './zhejiang-2019.js';
import { zhejiang2021 } from './zhejiang-2021.js';

export { emptyEvidence, type Layout, type LayoutEvidence } from './evidence.js';

/** in detection order: the first whose `detect` accepts the evidence names the table */
export const LAYOUTS = [zhejiang2019, zhejiang2021, hebei2023, hebei2021, selfEvaluation, listExport, declaration] as const satisfies readonly Layout[];

export type LayoutId = (typeof LAYOUTS)[number]['id'];
export const LAYOUT_IDS: readonly LayoutId[] = LAYOUTS.map((l) => l.id);
/** a table perflint can read that matches none of the named layouts */
export const GENERIC_LAYOUT = 'generic';

export function isLayoutId(value: unknown): value is LayoutId {
  return typeof value === 'string' && (LAYOUT_IDS as readonly string[]).includes(value);
}

export function detectLayout(evidence: LayoutEvidence): LayoutId | typeof GENERIC_LAYOUT {
  return LAYOUTS.find((l) => l.detect(evidence))?.id ?? GENERIC_LAYOUT;
}

export function expectedHeaders(id: LayoutId): readonly string[] {
  return LAYOUTS.find((l) => l.id === id)!.expectedHeaders;
}

/** the minimum any indicator grid needs */
export const MINIMUM_HEADERS = ['一级指标', '三级指标（或明细指标）', '指标值'];
