import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../../src/cli/progress.js';

describe('progress bar', () => {
  const setup = () => {
    let clock = 0;
    const out: string[] = [];
    const bar = createProgressBar((t) => out.push(t), () => clock);
    return { bar, out, tick: (ms: number) => (clock += ms) };
  };

  it('stays silent on a short run', () => {
    const { bar, out, tick } = setup();
    tick(500);
    bar.update(10, 10);
    bar.finish();
    expect(out).toEqual([]);
  });

  it('draws after a second, at most every 100 ms, and erases itself at the end', () => {
    const { bar, out, tick } = setup();
    tick(1000);
    bar.update(1, 4);
    tick(50);
    bar.update(2, 4);
    tick(100);
    bar.update(3, 4);
    bar.update(4, 4);
    bar.finish();
    expect(out).toEqual([
      `\r[${'#'.repeat(8)}${'-'.repeat(22)}] 1/4`,
      `\r[${'#'.repeat(23)}${'-'.repeat(7)}] 3/4`,
      `\r[${'#'.repeat(30)}] 4/4`,
      '\r\u001b[2K',
    ]);
  });
});
