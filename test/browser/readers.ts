/** One URL a reader asks for, and whether a 404 is its right answer. */
export interface ReaderTarget {
  path: string;
  expect404?: boolean;
}

export interface ReadersResult {
  requests: number;
  /** Answers other than 2xx and 3xx (404 where expected excepted), connection errors, bodies cut short, timeouts. */
  failures: string[];
  byStatus: Map<number, number>;
  /** Milliseconds per request, sorted. */
  latencies: number[];
}

/**
 * `concurrency` readers, each asking for one target after another over keep-alive connections
 * and reading every answer to its end (a body cut short is a failure), until `until` resolves.
 */
export async function runReaders(base: string, concurrency: number, nextTarget: () => ReaderTarget, until: Promise<unknown>): Promise<ReadersResult> {
  const result: ReadersResult = { requests: 0, failures: [], byStatus: new Map(), latencies: [] };
  let done = false;
  void until.finally(() => (done = true));
  const reader = async (): Promise<void> => {
    while (!done) {
      const target = nextTarget();
      const started = performance.now();
      result.requests++;
      try {
        const response = await fetch(base + target.path, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
        await response.arrayBuffer();
        result.byStatus.set(response.status, (result.byStatus.get(response.status) ?? 0) + 1);
        const ok = response.status === 404 ? target.expect404 === true : response.status >= 200 && response.status < 400;
        if (!ok) result.failures.push(`${response.status} ${target.path}`);
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
        result.failures.push(`${error instanceof Error ? error.message : String(error)}${cause} ${target.path}`);
      }
      result.latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, reader));
  result.latencies.sort((a, b) => a - b);
  return result;
}
