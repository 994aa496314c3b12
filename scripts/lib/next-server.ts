/**
 * Start `next start` from the existing build (never builds: `npm run build` first) on a port of
 * this machine, and wait until it answers: for the benchmarks and the security scan.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { NEXT_BIN } from './build';

/** A port nothing listens on right now (the OS picks it). */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export interface NextServer {
  base: string;
  child: ChildProcess;
  /** Stops the server and anything it started (its process group). */
  stop: () => void;
}

export async function startNextServer(options: { port?: number; probe: string; env?: Record<string, string>; timeoutMs?: number }): Promise<NextServer> {
  const port = options.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (child.exitCode === null) process.kill(-child.pid!);
  };
  const timeoutMs = options.timeoutMs ?? 120_000;
  for (const started = Date.now(); Date.now() - started < timeoutMs && child.exitCode === null; ) {
    try {
      if ((await fetch(`${base}${options.probe}`)).ok) return { base, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  stop();
  throw new Error(`next start did not answer ${options.probe} on port ${port} within ${timeoutMs / 1000} s (is there a build? run \`npm run build\`)`);
}
