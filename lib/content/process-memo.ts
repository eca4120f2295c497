/**
 * A value computed once per process for a given input, shared by every bundle of the site.
 * Next.js bundles pages and route handlers apart, each with its own copy of every module, so a
 * module-level cache would load the knowledge base (and build its indexes) once per bundle;
 * `globalThis` is the one thing they share.
 */
export function processMemo<Input, Value>(name: string, input: Input, compute: (input: Input) => Value): Value {
  const slot = Symbol.for(`freebsd-status-kb:${name}`);
  const store = globalThis as unknown as Record<symbol, { input: Input; value: Value } | undefined>;
  const cached = store[slot];
  if (cached && cached.input === input) return cached.value;
  const value = compute(input);
  store[slot] = { input, value };
  return value;
}
