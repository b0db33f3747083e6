// `cosim` from the sources, in its own process: what cosim-cli.ts starts.
import { main } from '../../../orchestrator/src/cli/main.js';

await main(process.argv.slice(2));
