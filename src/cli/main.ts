#!/usr/bin/env node
// PLACEHOLDER command line: issue 8 delivers the batch evaluator. For now it answers --version and --help.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };
const argument = process.argv[2];
if (argument === '--version') {
  process.stdout.write(`${version}\n`);
} else {
  process.stdout.write('usage: wuye-rules <function> [file | -] [--policy policy.json] [--explain] [--locale zh-Hans|zh-Hant|en]\n');
  process.exitCode = argument === '--help' || argument === undefined ? 0 : 2;
}
