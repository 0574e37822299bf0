/**
 * A clock the test controls: `performance.now()` moves `stepMs` forward at every reading, whatever the
 * machine's speed (and whatever `npm run test:clock` set for the rest of the suite). With a step of
 * 50 ms or more, every progress checkpoint of a run is due (reports come every 50 ms of this clock),
 * so a test that needs reports in the middle of a run gets them on any machine.
 */
import { vi } from 'vitest';

/** Runs `body` under a stepping clock and restores the clock that was there before. */
export async function withSteppingClock<T>(stepMs: number, body: () => Promise<T>): Promise<T> {
  const spy = vi.spyOn(performance, 'now');
  const before = spy.getMockImplementation();
  let now = 0;
  spy.mockImplementation(() => (now += stepMs));
  try {
    return await body();
  } finally {
    if (before) spy.mockImplementation(before);
    else spy.mockRestore();
  }
}
