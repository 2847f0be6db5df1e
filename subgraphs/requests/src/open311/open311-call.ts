import type {
  Locale,
  Open311Format,
  Open311Item,
  Open311Value,
  PeerGraph,
  QueryParams,
} from '@civicgraph/platform';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { CitySettings } from '../db/city.repository';
import type { RequestsDatabase } from '../db/database';

/** What an endpoint of /open311/v2 is given: the request, read and checked once. */
export interface Open311Call {
  request: FastifyRequest;
  db: Kysely<RequestsDatabase>;
  /** The other subgraphs: assets' streets place an address, accounts names departments. */
  peers: PeerGraph;
  format: Open311Format;
  /** The query string, as Fastify parsed it (a repeated name is an array). */
  query: QueryParams;
  /** A POST's form-encoded body; null for GET. */
  form: URLSearchParams | null;
  /** From `locale`, else Accept-Language, else English. */
  locale: Locale;
  /** The city this deployment serves: `jurisdiction_id` was checked against it. */
  city: CitySettings;
  /** The origin the client reached the gateway at, for absolute URLs (null: reached directly). */
  origin: string | null;
}

/** What an endpoint answers: the document element and its items (or fields), and a status. */
export interface Open311Answer {
  root: string;
  body: ReadonlyArray<Open311Value> | Open311Item;
  status?: number;
}

/** One endpoint: `id` is the path's second segment (a service code, a request id, a token). */
export type Open311Endpoint = (call: Open311Call, id: string) => Promise<Open311Answer>;
