import { describe, expect, it } from 'vitest';
import { processMemo } from '../../lib/content/process-memo';

describe('processMemo', () => {
  it('computes once per input, and again when the input changes', () => {
    let calls = 0;
    const compute = (n: number) => ({ n, call: ++calls });
    const first = processMemo('test-memo', 1, compute);
    expect(processMemo('test-memo', 1, compute)).toBe(first);
    expect(processMemo('test-memo', 2, compute)).toEqual({ n: 2, call: 2 });
  });

  it('keeps the value where another copy of the module finds it: on globalThis', () => {
    processMemo('test-shared', 'x', () => 'value');
    const slot = (globalThis as unknown as Record<symbol, { value: string } | undefined>)[Symbol.for('freebsd-status-kb:test-shared')];
    expect(slot?.value).toBe('value');
  });
});
