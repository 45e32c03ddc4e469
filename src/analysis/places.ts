/**
 * Where a table was filed, from the place names it mentions (湘潭市环境卫生管理处 → 湖南省湘潭市).
 * The gazetteer is the national administrative-division list (GB/T 2260 codes, from the
 * china-area-data package), not a hand-made list.
 *
 * Full names (湘潭市, 澧县, 南岳区, 宝坻区) are matched anywhere in a text; short forms only for
 * provinces and prefecture-level cities (湖南, 湘潭, 湘西). County names are never shortened: their
 * stems are everyday words (振兴 in 乡村振兴, 和平, 新华). A name that several provinces share
 * (鼓楼区, 城区) says nothing about the province unless the others agree.
 */
import areaData from 'china-area-data/data.json' with { type: 'json' };

export interface Place {
  province: string;
  city?: string;
  county?: string;
}

interface Entry extends Place {
  /** how strongly a mention of this name points at its place */
  level: 'province' | 'city' | 'county';
  /** a short form (湘潭 for 湘潭市), which streets and schools borrow too */
  short?: boolean;
}

/** 中山路, 长安街, 湘潭大学: a short place name inside another proper name */
const BORROWED = /^(?:路|街|巷|大道|大街|桥|公园|大学|广场|小区)/;

type AreaTable = Record<string, Record<string, string>>;

const ETHNIC_WORDS = ['土家族', '苗族', '藏族', '彝族', '壮族', '回族', '蒙古族', '蒙古', '哈萨克', '柯尔克孜', '傣族', '景颇族', '白族', '哈尼族', '布依族', '侗族', '朝鲜族', '傈僳族', '羌族', '黎族'];

/** 湖南省 → 湖南, 广西壮族自治区 → 广西, 内蒙古自治区 → 内蒙古 */
function shortProvince(name: string): string {
  return name.replace(/(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$/, '');
}

/** 湘潭市 → 湘潭, 湘西土家族苗族自治州 → 湘西, 大兴安岭地区 → 大兴安岭, 阿拉善盟 → 阿拉善 */
function shortCity(name: string): string {
  let short = name.replace(/(?:市|地区|盟|自治州)$/, '');
  for (const word of ETHNIC_WORDS) {
    const at = short.indexOf(word);
    if (at > 0) short = short.slice(0, at);
  }
  return short;
}

export class Gazetteer {
  readonly #byName = new Map<string, Entry[]>();
  readonly #longest: number;

  constructor(table: AreaTable = areaData as AreaTable) {
    const provinces = table['86'] ?? {};
    for (const [provinceCode, province] of Object.entries(provinces)) {
      this.#add(province, { province, level: 'province' });
      this.#add(shortProvince(province), { province, level: 'province', short: true });
      for (const [cityCode, city] of Object.entries(table[provinceCode] ?? {})) {
        // municipalities list 市辖区/县 as their "cities": their districts hang directly under the province
        const realCity = city === '市辖区' || city === '县' || city === '省直辖县级行政区划' || city === '自治区直辖县级行政区划' ? undefined : city;
        if (realCity) {
          this.#add(realCity, { province, city: realCity, level: 'city' });
          this.#add(shortCity(realCity), { province, city: realCity, level: 'city', short: true });
        }
        for (const county of Object.values(table[cityCode] ?? {})) {
          if (county === '市辖区') continue;
          const entry: Entry = { province, ...(realCity ? { city: realCity } : {}), county, level: 'county' };
          this.#add(county, entry);
        }
      }
    }
    this.#longest = Math.max(...[...this.#byName.keys()].map((k) => k.length));
  }

  #add(name: string, entry: Entry): void {
    if (name.length < 2) return;
    const list = this.#byName.get(name);
    if (!list) this.#byName.set(name, [entry]);
    else if (!list.some((e) => e.province === entry.province && e.city === entry.city && e.county === entry.county)) list.push(entry);
  }

  /** Every place named in the text, longest names first at each position (湘潭市 over 湘潭). */
  mentions(text: string): Array<{ name: string; places: Place[]; level: Entry['level'] }> {
    const out: Array<{ name: string; places: Place[]; level: Entry['level'] }> = [];
    for (let i = 0; i < text.length; ) {
      let matched = 0;
      for (let length = Math.min(this.#longest, text.length - i); length >= 2; length--) {
        const name = text.slice(i, i + length);
        const entries = this.#byName.get(name);
        if (!entries) continue;
        if (entries.every((e) => e.short) && BORROWED.test(text.slice(i + length))) continue;
        const level = entries.some((e) => e.level === 'county') ? 'county' : entries.some((e) => e.level === 'city') ? 'city' : 'province';
        out.push({ name, places: entries.map(({ level: _level, short: _short, ...place }) => place), level });
        matched = length;
        break;
      }
      i += matched || 1;
    }
    return out;
  }
}

export interface PlaceEvidence {
  text: string;
  /** where the text stands, handed back with the answer */
  at: unknown;
  /** how much a mention here counts: a department's own name outweighs a project title (default 1) */
  weight?: number;
}

export interface InferredPlace extends Place {
  /** the text and place of the mention that decided the province */
  from: PlaceEvidence;
  name: string;
}

/**
 * The province most texts point at (each text in the order given counts once per province), with
 * the city and county when they agree with it. Undefined when no text names a place, or when the
 * mentions disagree and none outweighs the others.
 */
export function inferPlace(gazetteer: Gazetteer, texts: readonly PlaceEvidence[]): InferredPlace | undefined {
  const votes = new Map<string, { weight: number; first: { evidence: PlaceEvidence; name: string; place: Place } }>();
  const cities = new Map<string, Place>();
  const counties = new Map<string, Place>();
  /** county names several provinces share (青山区: 武汉 and 包头): settled once the city is known */
  const sharedCounties: Place[][] = [];
  for (const evidence of texts) {
    // titles and unit names are short; a long cell is content, not a name to read places from
    if (evidence.text.length > 200) continue;
    const seen = new Set<string>();
    for (const mention of gazetteer.mentions(evidence.text)) {
      const provinces = new Set(mention.places.map((p) => p.province));
      if (provinces.size !== 1) {
        // 鼓楼区: in four provinces, so no vote; it may still name the county of the city the others point at
        if (mention.level === 'county') sharedCounties.push(mention.places);
        continue;
      }
      const place = mention.places[0]!;
      if (place.city && mention.places.every((p) => p.city === place.city)) cities.set(place.province, cities.get(place.province) ?? { province: place.province, city: place.city });
      if (place.county && mention.places.length === 1) counties.set(place.province, counties.get(place.province) ?? place);
      if (seen.has(place.province)) continue;
      seen.add(place.province);
      const vote = votes.get(place.province);
      const weight = (evidence.weight ?? 1) * (mention.level === 'county' ? 0.8 : 1);
      if (vote) vote.weight += weight;
      else votes.set(place.province, { weight, first: { evidence, name: mention.name, place } });
    }
  }
  const ranked = [...votes].sort((a, b) => b[1].weight - a[1].weight);
  const [best, second] = ranked;
  if (!best || (second && second[1].weight >= best[1].weight)) return undefined;
  const province = best[0];
  const city = cities.get(province)?.city;
  const county = counties.get(province) ?? (city ? sharedCounties.map((places) => places.filter((p) => p.province === province && p.city === city)).find((inCity) => inCity.length === 1)?.[0] : undefined);
  return {
    province,
    ...(city ? { city } : {}),
    ...(county?.county && (!city || county.city === city) ? { county: county.county } : {}),
    from: best[1].first.evidence,
    name: best[1].first.name,
  };
}
