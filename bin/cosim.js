#!/usr/bin/env node
// Thin launcher: the CLI itself lives in orchestrator/src/cli/main.ts and is
// compiled to dist/ by `npm ci` (the package's prepare script).
import { main } from '../dist/orchestrator/src/cli/main.js';

await main(process.argv.slice(2));
