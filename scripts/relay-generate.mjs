#!/usr/bin/env node
// Generates orchestrator/src/relay/generated/relay.{js,d.ts} from
// relay-agent/relay.proto with protobufjs's own static code generator (the
// run time is protobufjs too): `npm run relay:generate`. An argument names
// another folder to write them to (the drift test compares the two).

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'orchestrator/src/relay/generated'));
const bin = (name) => join(root, 'node_modules/.bin', name);
mkdirSync(out, { recursive: true });
// No verify or type-URL functions: nothing calls them. Paths are relative so
// that nothing of this machine ends up in the files.
execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '--no-verify', '--no-typeurl', '-o', join(out, 'relay.js'), 'relay-agent/relay.proto'], { cwd: root, stdio: 'inherit' });
execFileSync(bin('pbts'), ['-o', join(out, 'relay.d.ts'), join(out, 'relay.js')], { cwd: root, stdio: 'inherit' });
