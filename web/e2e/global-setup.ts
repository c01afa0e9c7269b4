// Starts helder for the browser tests: the test build (or $HELDER_BIN), `--demo`, a new
// database in a temporary folder, port 0 (the server picks a free one and logs it), and the
// freshly built front end. Returns the teardown that stops it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

function binary(): string {
  const candidates = [process.env.HELDER_BIN, path.join(root, 'build/test/src/helder'), path.join(root, 'build/release/src/helder')];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('No helder binary: run `make build-test` (or set HELDER_BIN).');
  return found;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'helder-e2e-'));
  const web = path.join(root, 'web', 'dist');
  if (!existsSync(path.join(web, 'index.html'))) throw new Error('No built front end: run `npm run build` first.');
  const server = spawn(binary(), ['serve', '--demo', '--port', '0', '--db', path.join(dir, 'e2e.db'), '--web', web, '--no-access-log'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HELDER_DATA_DIR: root, ASAN_OPTIONS: 'detect_leaks=0' },
  });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`helder did not start in time:\n${log}`)), 60_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /listens on (http:\/\/[0-9.]+:[0-9]+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    // spdlog writes its lines to standard output; errors may come on either stream.
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`helder stopped (exit ${code}):\n${log}`));
    });
  });
  server.removeAllListeners('exit');
  // Keep reading so that a full pipe never blocks the server.
  server.stdout.removeAllListeners('data');
  server.stderr.removeAllListeners('data');
  server.stdout.resume();
  server.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  process.env.HELDER_URL = url;
  return async () => {
    await new Promise<void>((resolve) => {
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
      setTimeout(() => {
        server.kill('SIGKILL');
        resolve();
      }, 15_000).unref();
    });
    rmSync(dir, { recursive: true, force: true });
  };
}
