import type { Open311Format } from './open311-document';

/** The format a URL asks for, for its errors: JSON unless it ends in `.xml`. */
export function formatOfUrl(url: string): Open311Format {
  const pathname = url.split('?', 1)[0] ?? '';
  return /\.xml$/i.test(pathname) ? 'xml' : 'json';
}
