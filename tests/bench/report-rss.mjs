// Preloaded into each measured process (node --import): reports its peak resident memory.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.PERFLINT_BENCH_RSS) writeSync(2, `\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
