// Layout checks for narrow screens: what a phone user would notice as "cut off" or
// "squeezed", measured in the page rather than judged from screenshots.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The document scrolls sideways: something is wider than the viewport. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  expect(await horizontalOverflow(page), 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not rendered');
  return box;
}

/** The element is wholly inside the viewport horizontally (and starts within it vertically). */
export async function expectWithinViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await boxOf(locator);
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  expect(box.x, `${what} starts left of the screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} ends right of the screen`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.y, `${what} is below the screen`).toBeLessThan(viewport.height);
  expect(box.width, `${what} has no width`).toBeGreaterThan(0);
}

/** Every header cell of the table is at least `min` pixels wide (no one-letter columns). */
export async function narrowestColumn(table: Locator): Promise<number> {
  return table.evaluate((element) => {
    const cells = [...element.querySelectorAll('thead th')].filter(
      (cell) =>
        !cell.classList.contains('ant-table-selection-column') &&
        !cell.classList.contains('ant-table-row-expand-icon-cell'),
    );
    return Math.min(...cells.map((cell) => cell.getBoundingClientRect().width));
  });
}

/**
 * Elements inside `selector` that reach past the viewport's right edge without a scrolling
 * ancestor to hold them (what makes a phone page scroll sideways), as short descriptions.
 */
export async function findOverflowing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((root) => {
    const width = document.documentElement.clientWidth;
    const scrolls = (element: Element | null): boolean => {
      for (let node = element; node && node !== document.body; node = node.parentElement) {
        const overflow = getComputedStyle(node).overflowX;
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
      }
      return false;
    };
    const found: string[] = [];
    for (const element of document.querySelectorAll(`${root} *`)) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= width + 1) continue;
      if (scrolls(element.parentElement)) continue;
      found.push(`${element.tagName.toLowerCase()}.${String(element.className).slice(0, 60)} right=${rect.right}`);
    }
    return found.slice(0, 10);
  }, selector);
}
