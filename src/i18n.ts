/** Messages are zh-CN by default (the users are budget clerks), English on request. */

export type Locale = 'zh-CN' | 'en';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

export type MessageData = Readonly<Record<string, string | number | boolean | null | undefined>>;

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** Fills `{{name}}` slots; an unknown slot stays visible so a missing datum is noticed, not hidden. */
export function interpolate(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    const v = data[key];
    return v === undefined || v === null ? whole : String(v);
  });
}

export function localize(text: LocalizedText, locale: Locale, data?: MessageData): string {
  return interpolate(text[locale] ?? text['zh-CN'], data);
}

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}
