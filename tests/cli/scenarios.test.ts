import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readScenario, runScenario } from './scenario.js';

const DIR = join(ROOT, 'tests', 'cli', 'scenarios');

describe('CLI scenarios', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.scenario')).sort()) {
    const scenario = readScenario(join(DIR, file));
    it(`${file}: ${scenario.test}`, () => {
      const run = runScenario(scenario);
      if (scenario.stdout !== undefined) expect(run.stdout).toBe(scenario.stdout);
      if (scenario.stderr !== undefined) expect(run.stderr).toBe(scenario.stderr);
      expect(run.status).toBe(scenario.status);
    });
  }
});
