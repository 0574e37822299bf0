// Runs every bench/*.bench.mjs (or those whose name contains argv[2]) against the built dist/.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2] ?? '';
console.log(`# ${new Date().toISOString()} · node ${process.version} · ${os.cpus()[0]?.model} × ${os.cpus().length} · ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.mjs') && f.includes(filter)).sort()) {
  console.log(`\n## ${file}`);
  await import(pathToFileURL(dir + file).href);
}
