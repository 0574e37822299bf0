/**
 * The overlap section as HTML: a heat-map table (cell shade = overlap coefficient, the percentage as
 * text for screen readers and print) and one sentence on the slate's unique reach.
 */
import { escapeHtml } from './html.js';
import type { OverlapData } from './sections/overlap.js';

const percent = (x: number): string => `${Math.round(100 * x)}%`;

/** The overlap heat map. */
export function overlapView(data: OverlapData): string {
  const head = data.accounts.map((a) => `<th scope="col"><bdi>${escapeHtml(a.label)}</bdi></th>`).join('');
  const rows = data.accounts
    .map((a, i) => {
      const cells = data.overlap[i]
        .map((x, j) => (i === j ? '<td class="self">–</td>' : `<td style="background:rgba(37,99,235,${(0.08 + 0.8 * x).toFixed(2)})${x > 0.5 ? ';color:#fff' : ''}">${percent(x)}</td>`))
        .join('');
      return `<tr><th scope="row"><bdi>${escapeHtml(a.label)}</bdi><small>${a.audience.toLocaleString('en-US')} followers</small></th>${cells}</tr>`;
    })
    .join('');
  const efficiency = data.total > 0 ? data.reach / data.total : 0;
  const worst = data.worst ? ` The most overlapping pair is <bdi>${escapeHtml(data.worst.a)}</bdi> and <bdi>${escapeHtml(data.worst.b)}</bdi>: ${percent(data.worst.overlap)} of the smaller audience follows both.` : '';
  return `<p>Together these ${data.accounts.length} accounts reach ${data.reach.toLocaleString('en-US')} distinct people out of ${data.total.toLocaleString('en-US')} follower slots (${percent(efficiency)} unique).${worst}</p>
<div class="scroll"><table class="heatmap"><caption>Share of the smaller audience that follows both accounts</caption><thead><tr><th></th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}
