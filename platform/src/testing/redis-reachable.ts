import { Socket } from 'node:net';

/**
 * Whether something answers on `redisUrl`'s port: tests of what Redis shares skip,
 * saying so, on a machine without it.
 */
export function redisReachable(redisUrl: string): Promise<boolean> {
  const { hostname, port } = new URL(redisUrl);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port || 6379), hostname, () => done(true));
  });
}
