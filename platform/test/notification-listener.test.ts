import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/database/database-unavailable';
import { NotificationListener } from '../src/database/notification-listener';
import { createLogger } from '../src/logger';

/**
 * A server that accepts connections and never answers: what a proxy whose database is
 * gone looks like to a client. Counts the connections it took.
 */
async function silentServer() {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    accepted: () => sockets.length,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function listenerOn(url: string) {
  return new NotificationListener({
    connectionString: url,
    channel: 'requests_outbox',
    applicationName: 'test-listener',
    logger: createLogger('test', 'silent'),
    onWake: () => {},
    connectTimeoutMs: 300,
  });
}

describe('NotificationListener against a server that never answers', () => {
  it('gives up connecting after its timeout, as a database that is unavailable', async () => {
    const server = await silentServer();
    const listener = listenerOn(server.url);
    try {
      const error = await listener.connect().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await listener.close();
      await server.close();
    }
  });

  it('keeps retrying in the background instead of waiting on one connect for good', async () => {
    const server = await silentServer();
    const listener = listenerOn(server.url);
    try {
      listener.connectInBackground();
      await expect.poll(server.accepted, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
      expect(listener.pid).toBeNull();
    } finally {
      await listener.close();
      await server.close();
    }
  });
});
