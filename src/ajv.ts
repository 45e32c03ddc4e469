import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Options } from 'ajv';

export type AjvInstance = Ajv2020;

export function createAjv(options: Options = {}): AjvInstance {
  return new Ajv2020({ allErrors: true, strict: false, useDefaults: false, ...options });
}
