/** A TCP port on 127.0.0.1 that nothing listens on, for a server a test starts. */
import { createServer } from 'node:net';

export const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
