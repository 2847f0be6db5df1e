export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** The value at percentile `p` (0–100) of ascending `sorted` (0 when empty). */
export function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Sends `requests` POSTs of one GraphQL query with `concurrency` in flight (and
 * `headers`: credentials), checks every answer has no errors, and reports throughput
 * and latency percentiles (ms).
 */
export async function load(
  url: string,
  query: string,
  requests: number,
  concurrency: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const body = JSON.stringify({ query });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < requests) {
      next++;
      const sent = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      const result = (await response.json()) as { errors?: unknown };
      if (result.errors) throw new Error(`query failed: ${JSON.stringify(result.errors)}`);
      latencies.push(performance.now() - sent);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests,
    seconds,
    perSecond: requests / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
