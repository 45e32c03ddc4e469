/**
 * A department's name as a reviewer of several regions needs it: tables often write only
 * 市商务局 or 驻北京联络处, which is ambiguous once 绍兴 and 承德 are in one report.
 */
import type { Region } from '../document/model.js';

/** the administrative suffix a department name may start with (市商务局 = 本市商务局) */
const LEVEL_SUFFIX = /(?:自治州|自治县|地区|盟|旗|省|市|县|区)$/;

/** `市商务局` in 绍兴市 → 绍兴市商务局; `驻北京联络处` → 绍兴市驻北京联络处; a name that names its place stays as it is. */
export function qualifiedDepartmentName(name: string, region: Region | undefined): string {
  const place = region?.county || region?.city || region?.province;
  if (!place) return name;
  const suffix = LEVEL_SUFFIX.exec(place)?.[0];
  const stem = suffix ? place.slice(0, -suffix.length) : place;
  if (!stem || name.includes(stem)) return name;
  return suffix && name.startsWith(suffix) ? stem + name : place + name;
}
