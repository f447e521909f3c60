/**
 * The content check (scripts/content-check/cli.ts) as a process beside the build. What it prints is
 * kept until it has ended and then written out whole, so that it never interleaves with Astro's
 * log. CONTENT_CHECK=skip leaves it out: only to try the build's own error path, which names the
 * content file behind a page that failed to render.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ContentCheck {
  /** Settles when the check has ended and its output has been written: ok unless it found an error. */
  result: Promise<{ ok: boolean }>;
  /** Ends it unheard (the build reuses an output whose inputs passed the check before). */
  stop(): void;
}

export function startContentCheck(contentDir: string, env: NodeJS.ProcessEnv = process.env): ContentCheck {
  if (env.CONTENT_CHECK === 'skip') return { result: Promise.resolve({ ok: true }), stop: () => {} };
  const child = spawn(process.execPath, [join('scripts', 'content-check', 'cli.ts'), contentDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  let stopped = false;
  const result = new Promise<{ ok: boolean }>((done) => {
    child.on('error', (error) => {
      process.stderr.write(`内容の検査を始められませんでした: ${error.message}\n`);
      done({ ok: false });
    });
    child.on('close', (status) => {
      if (!stopped) {
        process.stderr.write(Buffer.concat(err));
        process.stdout.write(Buffer.concat(out));
      }
      done({ ok: status === 0 });
    });
  });
  return {
    result,
    stop() {
      stopped = true;
      child.kill();
    },
  };
}
