import { parseHTML } from 'linkedom';

/** The number of rows in a report's ranked table (`#top-table`). */
export function topRows(html: string): number {
  return parseHTML(html).document.querySelectorAll('#top-table tbody tr').length;
}
