/**
 * The documentation site (VitePress). `npm run docs:build` first writes the API reference into
 * docs/reference with TypeDoc (typedoc.json: typedoc-plugin-markdown + typedoc-vitepress-theme, which
 * also writes the reference's sidebar), then builds the site into docs/.vitepress/dist.
 * Dead links fail the build (VitePress' default, kept on); anchors and links in README.md and
 * CONTRIBUTING.md are checked by test/docs/links.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type DefaultTheme } from 'vitepress';

/** Every guide, in reading order. Pages written on other branches are listed here too. */
export const guides: DefaultTheme.SidebarItem[] = [
  {
    text: 'Start',
    items: [
      { text: 'Getting started', link: '/guide/getting-started' },
      { text: 'The social graph', link: '/guide/social-graph' },
      { text: 'Composing a score', link: '/guide/composing' },
    ],
  },
  {
    text: 'Scorer families',
    items: [
      { text: 'Centrality', link: '/guide/centrality' },
      { text: 'Weak ties', link: '/guide/weak-ties' },
      { text: 'Engagement rate', link: '/guide/engagement' },
      { text: 'Trust signals', link: '/guide/trust' },
      { text: 'Brand toolkit', link: '/guide/brand' },
      { text: 'Audience analytics', link: '/guide/audience' },
      { text: 'Trends over time', link: '/guide/time' },
    ],
  },
  {
    text: 'Research',
    items: [{ text: 'Research toolkit', link: '/guide/research' }],
  },
  {
    text: 'Scale and safety',
    items: [
      { text: 'Large exports', link: '/guide/large-exports' },
      { text: 'Long runs and threads', link: '/guide/threads' },
      { text: 'Input limits', link: '/guide/limits' },
      { text: 'Output safety', link: '/guide/output-safety' },
    ],
  },
  {
    text: 'Tools',
    items: [
      { text: 'Command line', link: '/guide/cli' },
      { text: 'HTML report', link: '/guide/report' },
      { text: 'Dependencies', link: '/guide/dependencies' },
    ],
  },
  {
    text: 'Design',
    items: [{ text: 'Vocabulary', link: '/design/vocabulary' }],
  },
];

/**
 * The reference's sidebar: each entry point, then its kinds (classes, functions, …) as anchors of
 * the entry's index page. Built from the sidebar TypeDoc writes (absent until `npm run docs:api`
 * has run); listing every one of the ~300 symbols would be rendered into every page of the site.
 */
function referenceSidebar(): DefaultTheme.SidebarItem[] {
  const file = new URL('../reference/typedoc-sidebar.json', import.meta.url);
  if (!existsSync(file)) return [];
  const entries: DefaultTheme.SidebarItem[] = [];
  const visit = (item: DefaultTheme.SidebarItem, name: string): void => {
    const kinds = (item.items ?? []).filter((kind) => !kind.link);
    entries.push({
      text: name,
      link: item.link,
      items: kinds.map((kind) => ({ text: `${kind.text} (${kind.items?.length ?? 0})`, link: `${item.link}#${kind.text!.toLowerCase().replace(/\s+/g, '-')}` })),
    });
    for (const sub of item.items ?? []) if (sub.link) visit(sub, `${name}/${sub.text}`);
  };
  for (const entry of JSON.parse(readFileSync(file, 'utf8')) as DefaultTheme.SidebarItem[]) visit(entry, entry.text!);
  return entries;
}

export default defineConfig({
  title: 'influence-score',
  description: 'Composable, explainable social-influence scoring on graphology graphs.',
  lang: 'en',
  cleanUrls: false,
  lastUpdated: false,
  // Dead links fail the build; nothing is ignored.
  ignoreDeadLinks: false,
  head: [['link', { rel: 'icon', href: 'data:,' }]],
  // Formulas such as `B_{h−1}` are plain text, not markdown-it-attrs' `{…}` attribute blocks.
  markdown: { theme: { light: 'github-light', dark: 'github-dark' }, attrs: { disable: true } },
  // The one chunk over Vite's 500 kB warning is the local search index, loaded only when search opens.
  vite: { build: { chunkSizeWarningLimit: 1024 } },
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/getting-started' },
      { text: 'Reference', link: '/reference/' },
    ],
    sidebar: {
      '/guide/': guides,
      '/design/': guides,
      '/reference/': referenceSidebar(),
    },
    outline: { level: [2, 3] },
    search: { provider: 'local' },
    footer: { message: 'MIT licensed.' },
  },
});
