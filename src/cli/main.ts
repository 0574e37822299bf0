/**
 * Process entry of the `influence-score` command (built to dist/cli.js).
 */
import { main } from './program.js';

// A closed pipe (`influence-score rank x.csv | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
