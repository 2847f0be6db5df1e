import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/database/database-unavailable';
import { freePort } from '../src/testing/free-port';

/** An error as `pg` raises it for a statement the server refused, with its SQLSTATE. */
function serverError(code: string, message: string) {
  return Object.assign(new Error(message), { code, severity: 'FATAL' });
}

describe('isDatabaseUnavailable', () => {
  it('recognises a server that is not there (a real refused connection)', async () => {
    const client = new pg.Client({ host: '127.0.0.1', port: await freePort() });
    const error = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('recognises a server going away or not back yet, and a connection that broke', () => {
    expect(
      isDatabaseUnavailable(
        serverError('57P01', 'terminating connection due to administrator command'),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(serverError('57P03', 'the database system is starting up'))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(serverError('08006', 'connection failure'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error('a read failed', {
          cause: new AggregateError([serverError('ECONNREFUSED', 'refused')]),
        }),
      ),
    ).toBe(true);
  });

  it('leaves bugs and refused statements alone', () => {
    expect(isDatabaseUnavailable(serverError('42601', 'syntax error at or near "selec"'))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(serverError('23505', 'duplicate key value'))).toBe(false);
    expect(
      isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
