// `cosim` from the sources, in its own process, for tests that signal it.
import { main } from '../../../orchestrator/src/cli/main.js';

await main(process.argv.slice(2));
