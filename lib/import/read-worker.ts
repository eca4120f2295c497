// A worker thread of `readPlans`: reads the plans it is given and posts each result back.
import { parentPort, workerData } from 'node:worker_threads';
import { createReadContext, readPlan, type Plan, type ReadContextSource } from './plan';

export interface WorkerInput {
  plans: Array<{ index: number; plan: Plan }>;
  contextSource: ReadContextSource;
}

const input = workerData as WorkerInput;
const context = await createReadContext(input.contextSource);
for (const { index, plan } of input.plans) {
  parentPort?.postMessage({ index, planResult: await readPlan(plan, context) });
}
