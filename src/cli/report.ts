/**
 * `influence-score report <file>`: score a graph file and write one self-contained HTML report
 * (and, with `--export`, the graph with every computed score as node attributes, for Gephi).
 */
import { createReport, type ReportRunOptions } from '../report.js';
import { type CliIO, type Command, EXIT, FILE_COMMAND_OPTIONS, openFileCommand, parseTop, UsageError } from './command.js';
import { refuseInapplicable } from './applicability.js';
import { brandParams } from './brand-flags.js';
import { EXPORT_HELP, EXPORT_OPTIONS, exportWriter, writeExport, writeOutput } from './export-flag.js';
import { graphOf, loadWithProgress } from './input.js';
import { PARAM_OPTIONS, parseParams } from './scorer-flags.js';
import { createNamedScorer, resolveScorerName } from './scorers.js';
import { VIEW_HELP } from './view-flags.js';
import { DATA_HELP } from './data-flags.js';
import { PROGRESS_HELP } from './progress.js';
import { reportNotes, reportWarnings } from './warnings.js';

const { format: _format, ...FILE_OPTIONS } = FILE_COMMAND_OPTIONS;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  scorer: { type: 'string', short: 's' },
  ...PARAM_OPTIONS,
  top: { type: 'string', short: 'n' },
  brand: { type: 'string' },
  topic: { type: 'string' },
  title: { type: 'string' },
  ...EXPORT_OPTIONS,
  ...FILE_OPTIONS,
} as const;

const DEFAULT_TOP = 20;

/**
 * The report's steps on stderr: one plain line per step (`report: 3/8 audience (after 1.2 s)`) when
 * `--progress` is given or stderr is a terminal, nothing with `--quiet`. A minimal stand-in until the
 * shared `--progress`/`--quiet` handling of every command lands (issue #20 item 5).
 */
export function reportProgress(io: CliIO, flags: { progress: boolean; quiet: boolean }, isTTY: boolean = process.stderr.isTTY === true): ReportRunOptions | undefined {
  if (flags.quiet || !(flags.progress || isTTY)) return undefined;
  const started = performance.now();
  return {
    onProgress(done, total, step) {
      const elapsed = ((performance.now() - started) / 1000).toFixed(1);
      io.stderr(step === 'done' ? `report: done in ${elapsed} s\n` : `report: ${done + 1}/${total} ${step} (after ${elapsed} s)\n`);
    },
  };
}

function help(): string {
  return `Usage: influence-score report <file> [options]

Scores a graph file and writes one HTML report that opens anywhere, offline (no script, no network):
the top accounts with each part of their score and why, the score's distribution, followers against
engagement rate, bridges, trends per time window, advocates and detractors, and the input summary.
Sections the data does not allow are listed with the reason.
<file>: .csv/.tsv edge list, .ndjson/.jsonl records, .json graphology export, .gexf or .graphml;
        any of them may be .gz.

Options:
  -o, --out <file.html>    where to write the report (default: stdout)
  -s, --scorer <name>      score to rank by, as in "rank" (default: influence-score, reach,
                           amplification, network and trust on 0-100; parts the data cannot feed
                           are left out with a warning)
  -p, --param <key=value>  option of --scorer, repeatable; values are JSON when they parse
  -n, --top <k>            accounts in the ranked table and the trends (default ${DEFAULT_TOP})
      --brand <id>         show the advocates and detractors of this account
      --topic <t[,t2]>     topic(s): adds the relevance part to the default score (or to
                           --scorer influence / topical-influence)
      --title <text>       the report's title (default "Influence report")
${EXPORT_HELP}
      --directed           read edges as directed (source pays attention to target)
      --undirected         read edges as undirected
      --meta <file.json>   metadata sidecar: {"directed", "nodes", "labels"}
      --no-meta            ignore the sibling .json
${DATA_HELP}
${PROGRESS_HELP}
                           (the report prints one line per step: report: 3/8 audience)
${VIEW_HELP}
  -h, --help               show this help

Warnings go to stderr (and into the report). Exit codes: 0 ok, 1 bad input, 2 bad usage.
Example: influence-score report data/karate.csv --out karate.html --export karate.gexf
`;
}

/** The `report` command. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'write a self-contained HTML report (charts, top accounts, bridges, trends) of a graph file',
  help,
  async run(args, io) {
    const opened = openFileCommand('report', args, OPTIONS, help, io);
    if (opened === null) return EXIT.ok;
    const { values, file, directed, meta, view: viewFlags } = opened;
    const top = parseTop(values.top, DEFAULT_TOP);
    if (!Number.isFinite(top)) throw new UsageError('--top must be a number for a report, not "all"');
    const exporter = exportWriter(values.export);
    refuseInapplicable(values, [{ flags: ['param'], applies: values.scorer !== undefined, reason: 'without --scorer (the default score takes no parameters)' }]);
    const name = values.scorer === undefined ? undefined : resolveScorerName(values.scorer);
    const params = { ...parseParams(values.param), ...(name === undefined ? {} : brandParams(name, { topic: values.topic })) };
    const topics = name === undefined && values.topic !== undefined ? values.topic.split(',').map((t) => t.trim()).filter(Boolean) : undefined;
    if (topics?.length === 0) throw new UsageError('--topic needs a topic, e.g. --topic ai');

    const { input, progress } = await loadWithProgress(io, file, { directed, meta, view: viewFlags, needsGraph: true, data: opened.data }, opened.progress);
    const scorer = name === undefined ? undefined : createNamedScorer(name, params, input.view);
    progress.done();
    reportNotes(io, input.notes);
    // The report's own steps (8, one per section), one plain line each.
    const steps = reportProgress(io, { progress: values.progress === true, quiet: values.quiet === true });
    const report = createReport(graphOf(input), {
      ...(scorer ? { scorer } : {}),
      top,
      ...(input.view ? { view: input.view } : {}),
      ...(values.brand !== undefined ? { brand: values.brand } : {}),
      ...(topics ? { topic: topics.length === 1 ? topics[0] : topics } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(input.labels ? { labels: input.labels } : {}),
      source: file,
    }, steps);
    reportWarnings(io, report.warnings);
    for (const { section, reason } of report.skipped) io.stderr(`note: section "${section}" not shown: ${reason}\n`);
    if (values.out === undefined) io.stdout(report.html);
    else {
      writeOutput(values.out, report.html);
      io.stderr(`wrote ${values.out} (${(Buffer.byteLength(report.html) / 1024).toFixed(0)} KB)\n`);
    }
    if (exporter) writeExport(values.export!, exporter, graphOf(input), report.vectors, io);
    return EXIT.ok;
  },
};
