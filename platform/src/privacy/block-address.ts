/**
 * An address reduced to its block: "1234 W Main St" is published as "1200 block of
 * W Main St"; one without a house number gives null, as its words may name the place
 * more exactly than a block. Open311 (location-sensitive requests) and open data use it.
 */
export function blockAddress(address: string): string | null {
  const match = /^\s*(\d{1,6})[A-Za-z]?\s+(.+)$/.exec(address);
  if (!match) return null;
  const block = Math.floor(Number(match[1]) / 100) * 100;
  return `${block} block of ${match[2]}`;
}
