import type { LocalizedText } from '../i18n.js';

/** A problem with the user's configuration: exit code 2, with the file and the key named. */
export class ConfigError extends Error {
  constructor(
    readonly text: LocalizedText,
    readonly file?: string,
    readonly key?: string,
  ) {
    super(text.en);
  }
}
