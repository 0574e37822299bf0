/** Runs an example with the documented command (`npx tsx examples/<name>.ts [args]`), as a reader would. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The examples import the package by name ('influence-score'), which resolves to dist/: build first. */
export const built = existsSync(`${root}dist/index.js`) && existsSync(`${root}dist/node.js`);
const tsx = `${root}node_modules/.bin/tsx`;

/** `tsx examples/<name>.ts ...args` from the repository root; never rejects. */
export function runExample(name: string, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [`examples/${name}.ts`, ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
