import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [width, name] of [[1200, 'desktop'], [390, 'phone']]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('file:///tmp/report-bw.html');
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
  for (const id of ['top', 'bridges', 'trends', 'summary']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.locator(`#${id}`).screenshot({ path: `/tmp/shot-${name}-${id}.png` }).catch((e) => console.log(id, e.message));
  }
  console.log(name, 'errors', errors.length, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
}
await browser.close();
