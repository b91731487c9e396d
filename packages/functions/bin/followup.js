#!/usr/bin/env node
// The `followup` command. The CLI is TypeScript; tsx compiles it on the fly.
import { register } from 'tsx/esm/api';

register();
// The AWS SDK warns about Node 20 as it loads (Lambda runs Node 22): silence it before it loads.
const { quietAwsSdk } = await import('@followup/core/config');
quietAwsSdk();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
