import { invalidInput } from '../lifecycle/change-refused';

/** Photos a reporter links to; uploads of our own arrive with the photos work. */
export const MAX_MEDIA_URLS = 5;
export const MAX_MEDIA_URL_LENGTH = 2048;

/**
 * Links to the reporter's photos: http(s) only (no `javascript:`, `data:` or `file:`
 * that a browser showing the request would follow), without credentials in them, at
 * most a few and each of a sane length. Returned normalised, each once.
 */
export function checkedMediaUrls(urls: readonly string[] | null | undefined): string[] {
  const given = urls ?? [];
  if (given.length > MAX_MEDIA_URLS) {
    throw invalidInput('mediaUrls', `At most ${MAX_MEDIA_URLS} media URLs are allowed`, {
      max: MAX_MEDIA_URLS,
    });
  }
  const checked: string[] = [];
  for (const [index, raw] of given.entries()) {
    const field = `mediaUrls.${index}`;
    const text = raw.trim();
    if (text.length > MAX_MEDIA_URL_LENGTH) {
      throw invalidInput(field, `A media URL may be at most ${MAX_MEDIA_URL_LENGTH} characters`);
    }
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw invalidInput(field, `${text.slice(0, 80)} is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw invalidInput(field, `Media URLs must be http or https, not ${url.protocol}`);
    }
    if (url.username || url.password) {
      throw invalidInput(field, 'Media URLs may not carry a user name or password');
    }
    if (!checked.includes(url.href)) checked.push(url.href);
  }
  return checked;
}
