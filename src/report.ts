/**
 * influence-score/report: one self-contained HTML report of a scoring run (charts as static SVG by
 * Observable Plot on a linkedom document), and the pure builders of each section's data.
 *
 * @module influence-score/report
 */
export { createReport, createReportAsync, renderReport, renderReportAsync } from './report/render.js';
export type { ReportOptions, ReportResult, ReportRunOptions, ReportStep } from './report/render.js';
export { REPORT_STEPS } from './report/options.js';
export { groupWarnings } from './report/warnings.js';
export type { WarningGroup } from './report/warnings.js';
export { topAccountsData } from './report/sections/top-accounts.js';
export type { TopAccountsData, TopAccountRow, TopAccountsOptions, PartValue } from './report/sections/top-accounts.js';
export { distributionData } from './report/sections/distribution.js';
export type { DistributionData } from './report/sections/distribution.js';
export { audienceData } from './report/sections/audience.js';
export type { AudienceData, AudiencePoint, AudienceOptions } from './report/sections/audience.js';
export { bridgesData } from './report/sections/bridges.js';
export type { BridgesData, BridgeRow } from './report/sections/bridges.js';
export { trendsData } from './report/sections/trends.js';
export type { TrendsData, TrendSeries, TrendInput, TrendWindow } from './report/sections/trends.js';
export { advocacyData } from './report/sections/advocacy.js';
export type { AdvocacyData, AdvocacyRow } from './report/sections/advocacy.js';
export { summaryData } from './report/sections/summary.js';
export type { SummaryData } from './report/sections/summary.js';
export type { Section, ShownSection, SkippedSection, LabelOf } from './report/sections/section.js';
export { explanationSentence } from './report/sentence.js';
