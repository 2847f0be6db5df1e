import type { Open311Format } from '@civicgraph/platform';
import { Open311Error } from './open311-error';

/** Where GeoReport v2 is served, on the gateway's origin and on the requests subgraph. */
export const OPEN311_PREFIX = '/open311/v2';

/** A path below the prefix: its segments, the last without its extension, and the format. */
export interface Open311Path {
  segments: string[];
  format: Open311Format;
}

const EXTENSION = /\.([A-Za-z0-9]+)$/;

/**
 * `/open311/v2/services/POTHOLE.xml?…` → segments `['services', 'POTHOLE']`, format
 * `xml`. No extension is JSON; an extension other than `.json` and `.xml` is a 404
 * (there is no such document), answered in JSON.
 */
export function parseOpen311Path(url: string): Open311Path {
  const pathname = url.split('?', 1)[0] ?? '';
  const rest = pathname.slice(OPEN311_PREFIX.length).replace(/^\/+|\/+$/g, '');
  const segments = rest === '' ? [] : rest.split('/').map(safeDecode);
  const last = segments.at(-1);
  const extension = last === undefined ? undefined : EXTENSION.exec(last)?.[1]?.toLowerCase();
  if (extension === undefined || last === undefined) return { segments, format: 'json' };
  if (extension !== 'json' && extension !== 'xml') {
    throw new Open311Error(404, `No ${OPEN311_PREFIX}/${rest}: formats are .json and .xml`);
  }
  segments[segments.length - 1] = last.slice(0, -(extension.length + 1));
  return { segments, format: extension };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new Open311Error(404, `No such path: ${segment.slice(0, 60)}`);
  }
}
