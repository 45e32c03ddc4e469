// Preloaded into each measured process (node --import): reports its peak resident memory and the
// CPU time of the whole process (worker threads included).
import { writeSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.PERFLINT_BENCH_RSS) return;
  const usage = process.resourceUsage();
  writeSync(2, `\nPEAK_RSS_KB=${usage.maxRSS}\nCPU_US=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
