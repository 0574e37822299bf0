/**
 * The report's charts, one module each under charts/ (the scatter geometry and the SVG rendering
 * they share are modules of their own): this file gathers them for views.ts and the tests.
 */
export { advocacyChart } from './charts/advocacy.js';
export { audienceChart } from './charts/audience.js';
export { bridgesChart } from './charts/bridges.js';
export { distributionChart } from './charts/distribution.js';
export { HEXBIN_ABOVE, renderChart } from './charts/render-chart.js';
export { sparkline, topLevel } from './charts/sparkline.js';
