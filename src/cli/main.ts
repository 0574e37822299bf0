/**
 * Process entry of the `influence-score` command (built to dist/cli.js).
 */
import { processIO } from './output.js';
import { main } from './program.js';

process.exitCode = await main(process.argv.slice(2), processIO());
