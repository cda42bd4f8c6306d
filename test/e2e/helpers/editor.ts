// What a person does in a composer, and what the specs read back from the page afterwards.
import type { Page } from '@playwright/test';
import type { FixturePage } from './pages.js';
import type { Rect } from '../fixtures/src/fixture-api.js';
import type { OverlayInfo, UnderlineInfo } from '../fixtures/src/overlay-probe.js';

/** Clicks into the editor the way a person would, so focus (and the caret) land there. */
export async function focusEditor(page: Page, fixture: FixturePage): Promise<void> {
  const editor = fixture.frame ? page.frameLocator(fixture.frame).locator(fixture.editor) : page.locator(fixture.editor);
  await editor.click();
}

export interface EditorSnapshot {
  text: string;
  state: unknown;
  html: string;
}

export function snapshot(page: Page): Promise<EditorSnapshot> {
  return page.evaluate(() => {
    const f = window.__fixture!;
    return { text: f.text(), state: JSON.parse(JSON.stringify(f.state())), html: f.html() };
  });
}

export function overlays(page: Page): Promise<OverlayInfo[]> {
  return page.evaluate(() => {
    let root: Element | undefined;
    try {
      root = window.__fixture!.root() ?? undefined;
    } catch {
      root = undefined; // the spec tore the editor out of the page
    }
    return window.__probe!.overlays(root);
  });
}

export function underlines(page: Page): Promise<UnderlineInfo[]> {
  return page.evaluate(() => window.__probe!.underlines());
}

export function textRects(page: Page, needle: string): Promise<Rect[]> {
  return page.evaluate((n) => window.__fixture!.textRects(n), needle);
}

/** True when `inner` lies within `outer`, give or take `tolerance` pixels on each side. */
export function inside(inner: Rect, outer: Rect, tolerance = 2): boolean {
  return (
    inner.left >= outer.left - tolerance &&
    inner.right <= outer.right + tolerance &&
    inner.top >= outer.top - tolerance &&
    inner.bottom <= outer.bottom + tolerance
  );
}

/** True when `rect` covers at least half of `span`'s width on the same line. */
export function covers(rect: Rect, span: Rect): boolean {
  const overlapX = Math.min(rect.right, span.right) - Math.max(rect.left, span.left);
  const overlapY = Math.min(rect.bottom, span.bottom) - Math.max(rect.top, span.top);
  return overlapX >= (span.right - span.left) / 2 && overlapY > 0;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Two animation frames: the editor has handled the last key and synced its selection, as it would between a person's keys. */
function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
  await settle(page);
}

async function type(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await settle(page);
}

/**
 * About 300 characters of editing with real key events: typing, Backspace, Delete, arrows,
 * Home/End, Enter, and a selection replaced by typing. The same keys, in the same order, in every run.
 */
export async function editingScript(page: Page): Promise<void> {
  await type(page, 'Good morning. The service desk at the main building opens on Sunday from eight. ');
  await press(page, 'Backspace', 8);
  await type(page, 'at 8 am. ');
  await press(page, 'ArrowLeft', 12);
  await type(page, 'sharp ');
  await press(page, 'Shift+ArrowLeft', 5);
  await type(page, 'right');
  await press(page, 'End');
  await press(page, 'Enter');
  await type(page, 'Bring the paper form and your reference number; the queue moves faster that way. ');
  await press(page, 'Home');
  await type(page, 'Tip: ');
  await press(page, 'ArrowRight', 4);
  await press(page, 'Delete', 6);
  await type(page, 'fill in ');
  await press(page, 'End');
  await press(page, 'Backspace', 2);
  await type(page, ' Thanks for your patience, and see you there!');
  await press(page, 'Shift+Home');
  await type(page, 'Questions are welcome in the replies below, we read every one of them.');
}

/** Types a short run after a pause, pauses again, then presses Ctrl+Z once: what one undo step takes away. */
export async function undoStep(page: Page): Promise<{ before: EditorSnapshot; after: EditorSnapshot }> {
  // Moving the caret closes the browser's open typing step (native undo), and the pauses outlast every
  // library's undo grouping window (Quill 1 s, ProseMirror 500 ms, Lexical 300 ms): ' zz' is one undo step.
  await press(page, 'End');
  await wait(1_200);
  // One input event, so no library's timing can split it into two undo steps.
  await page.keyboard.insertText(' zz');
  await wait(1_200);
  const before = await snapshot(page);
  await page.keyboard.press('ControlOrMeta+z');
  await wait(300);
  const after = await snapshot(page);
  return { before, after };
}
