import { Worker } from 'node:worker_threads';
import { createReadContext, readPlan, type Plan, type PlanResult, type ReadContextSource } from './plan';
import type { WorkerInput } from './read-worker';

/**
 * Reads every plan, on `threads` threads: this one and `threads - 1` workers, each taking
 * every n-th report so that XML and AsciiDoc years are spread evenly. Results come back in
 * plan order, so the output does not depend on which thread read what. A worker that cannot
 * start leaves its reports to this thread.
 */
export async function readPlans(
  plans: readonly Plan[],
  contextSource: ReadContextSource,
  threads: number,
  onRead: (done: number, total: number, reportId: string) => void,
): Promise<PlanResult[]> {
  const results: Array<PlanResult | undefined> = new Array(plans.length);
  let done = 0;
  const record = (index: number, planResult: PlanResult): void => {
    results[index] = planResult;
    onRead(++done, plans.length, plans[index]?.id ?? '');
  };
  const shares = Array.from({ length: Math.max(1, threads) }, (_, t) =>
    plans.map((plan, index) => ({ index, plan })).filter(({ index }) => index % Math.max(1, threads) === t),
  );
  const [ownShare = [], ...workerShares] = shares;
  const workers = workerShares.map((share) => runWorker({ plans: share, contextSource }, record));
  const context = await createReadContext(contextSource);
  for (const { index, plan } of ownShare) record(index, await readPlan(plan, context));
  const leftOver = (await Promise.all(workers)).flat();
  for (const { index, plan } of leftOver) if (!results[index]) record(index, await readPlan(plan, context));
  return results.map((r, i) => {
    if (!r) throw new Error(`report ${plans[i]?.id} was not read`);
    return r;
  });
}

/** Runs one worker; resolves with the plans it did not finish (all of them if it never started). */
function runWorker(input: WorkerInput, record: (index: number, planResult: PlanResult) => void): Promise<WorkerInput['plans']> {
  const finished = new Set<number>();
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { workerData: input, execArgv: ['--import', 'tsx'] });
    worker.on('message', ({ index, planResult }: { index: number; planResult: PlanResult }) => {
      finished.add(index);
      record(index, planResult);
    });
    const unfinished = (): WorkerInput['plans'] => input.plans.filter(({ index }) => !finished.has(index));
    worker.on('error', () => resolve(unfinished()));
    worker.on('exit', () => resolve(unfinished()));
  });
}
