import { describe, expect, it } from 'vitest';
import { parseEdgeCsv } from '../../src/index.js';
import { createReport, renderReport } from '../../src/report.js';
import { thrown } from '../helpers/errors.js';

const graph = parseEdgeCsv('source,target\na,b\n');

describe('the report names what the caller called', () => {
  it('createReport and renderReport label their option errors with their own names', () => {
    expect(thrown(() => createReport(graph, { bogus: 1 } as never)).message).toMatch(/Invalid options for createReport/);
    expect(thrown(() => renderReport(graph, { bogus: 1 } as never)).message).toMatch(/Invalid options for renderReport/);
  });
});
