#!/usr/bin/env node
import { TempFiles } from '../fs-atomic.js';
import { main } from './cli.js';
import { guardStdout } from './stdout.js';

const temps = new TempFiles();
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    temps.removeAll();
    process.exit(code);
  });
}
const stdout = guardStdout(process.stdout, (line) => {
  process.stderr.write(line);
  process.exitCode = 2;
});

main(process.argv.slice(2), {
  stdout: (text) => stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY,
  progress: process.stderr.isTTY === true && !process.env.CI,
  temps,
}).then(
  (code) => {
    process.exitCode = stdout.failed() ? 2 : code;
  },
  (error: unknown) => {
    process.stderr.write(`perflint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
