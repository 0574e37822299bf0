/**
 * Setup for `npm run test:clock`: every test runs on a machine of extreme speed. `CLOCK=frozen`:
 * infinitely fast, the clock never moves (one progress report per run, no async pause). `CLOCK=leaping`:
 * infinitely slow, every reading is a second later (a report and a pause at every checkpoint). A test
 * that passes only between the two depends on the speed of the machine it runs on.
 */
import { vi } from 'vitest';

let now = 1_700_000_000_000;
const read = process.env.CLOCK === 'leaping' ? () => (now += 1000) : () => now;
vi.spyOn(Date, 'now').mockImplementation(read);
vi.spyOn(performance, 'now').mockImplementation(read);
