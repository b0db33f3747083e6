// `cosim` as a program. bin/cosim.js is the installed command; a study's
// Slurm tasks run this file (compiled in dist/, or from the sources under
// tsx) so a node runs exactly the cosim that submitted them.
import { main } from './main.js';

await main(process.argv.slice(2));
