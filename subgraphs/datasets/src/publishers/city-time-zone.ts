import { ANONYMOUS, type PeerGraph } from '@civicgraph/platform';

/** Whether Intl (the same IANA database PostgreSQL's `at time zone` uses) knows the zone. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The city's IANA time zone (`city { timeZone }`, public geography in assets), read
 * through the graph as an anonymous caller, once, then kept: a deployment serves one
 * city, whose zone does not change while it runs. "311 performance" counts the city's
 * calendar months, which are what a supervisor means by "October".
 *
 * A failed read is not kept, and `get` throws: the publisher's pass fails and the next
 * one asks again. Months are never cut in UTC for want of an answer.
 */
export class CityTimeZone {
  private zone: string | null = null;

  constructor(private readonly peers: PeerGraph) {}

  async get(): Promise<string> {
    if (this.zone) return this.zone;
    const { city } = await this.peers.query<{ city: { timeZone: string } }>(
      'assets',
      '{ city { timeZone } }',
      {},
      ANONYMOUS,
    );
    if (!isTimeZone(city.timeZone)) {
      throw new Error(`The city's time zone "${city.timeZone}" is not an IANA time zone`);
    }
    this.zone = city.timeZone;
    return this.zone;
  }
}
