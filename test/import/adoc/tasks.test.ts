import { describe, expect, it } from 'vitest';
import { isTaskLabel } from '../../../lib/import/adoc/tasks';

describe('isTaskLabel', () => {
  it.each([
    'Open tasks:',
    'Open Task',
    'Open or queued tasks:',
    'Work in progress and open tasks:',
    'Help Wanted',
    'Help needed:',
    'Is help needed?',
    'Open Items & Call for Help',
    'TODO',
    'To do',
    'TODOs include:',
    'Additional remaining tasks:',
    'Here are some tasks looking for help:',
  ])('"%s" introduces open tasks', (label) => {
    expect(isTaskLabel(label)).toBe(true);
  });

  it.each(['Work in progress tasks:', 'Important completed tasks:', 'Next steps', 'Future work includes:', 'Introduction', ''])(
    '"%s" does not',
    (label) => {
      expect(isTaskLabel(label)).toBe(false);
    },
  );
});
