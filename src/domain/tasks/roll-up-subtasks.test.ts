import { describe, expect, it } from 'vitest';
import { rollUpSubtasks } from './roll-up-subtasks.ts';

describe('rollUpSubtasks', () => {
  it.each([
    ['no children: the parent reports itself', [], null],
    [
      'all done: done on the last day, 100%',
      [
        { percent: 100, completedOn: '2026-03-02' },
        { percent: 100, completedOn: '2026-04-10' },
      ],
      { percent: 100, completedOn: '2026-04-10' },
    ],
    [
      'one open: the mean, not done',
      [
        { percent: 100, completedOn: '2026-03-02' },
        { percent: 40, completedOn: null },
      ],
      { percent: 70, completedOn: null },
    ],
    [
      'open children at 100% still leave the parent open (99%)',
      [
        { percent: 100, completedOn: null },
        { percent: 100, completedOn: '2026-01-01' },
      ],
      { percent: 99, completedOn: null },
    ],
  ])('%s', (_, children, expected) => {
    expect(rollUpSubtasks(children)).toEqual(expected);
  });
});
