// The pre-send review: what is still open when the post button is pressed, with "post anyway" (unless blocked) and "edit".
import type { Omitted } from '../../engine/analyzer.js';
import { checkSource } from '../../engine/check-titles.js';
import { citationLine } from '../../engine/sources.js';
import type { Finding, LocalText } from '../../engine/types.js';
import type { Strings } from './strings.js';
import { actionButton } from './action-button.js';
import { panelWidth, placeFloating } from './placement.js';
import { markPart } from './host.js';

export interface ReviewChoice {
  /** Absent when no post button was found to press (Ctrl/Cmd+Enter): the review then offers no "post anyway". */
  postAnyway?: () => void;
  edit(): void;
}

export function showReview(
  doc: Document,
  parent: HTMLElement,
  s: Strings,
  findings: Finding[],
  blocked: boolean,
  anchor: DOMRect,
  choice: ReviewChoice,
  /** Titles of the checks that could not run on this draft: said in a line of its own. */
  failed: readonly LocalText[] = [],
  /** Findings the list leaves out: "and N more" as its last line. */
  omitted?: Omitted,
  /** On an official account: one line saying the post will be permanent and may be republished. */
  permanent = false,
): HTMLElement {
  parent.querySelector('.review')?.remove();
  const el = doc.createElement('div');
  el.className = 'review';
  el.dir = s.dir;
  markPart(el, 'review');
  el.setAttribute('role', 'alertdialog');
  el.setAttribute('aria-modal', 'false');
  el.setAttribute('aria-labelledby', 'pc-review-title');

  const title = doc.createElement('h2');
  title.id = 'pc-review-title';
  title.textContent = findings.length || !failed.length ? s.reviewTitle(findings.length) : s.reviewFailedTitle;
  const list = doc.createElement('ul');
  for (const f of findings) {
    const li = doc.createElement('li');
    li.dir = 'auto';
    li.dataset.severity = f.severity;
    li.textContent = `${s.severity[f.severity]}: ${f.message}`;
    list.append(li);
  }
  if (findings.length && omitted && (omitted.count > 0 || omitted.partial)) {
    const li = doc.createElement('li');
    li.className = 'more';
    li.textContent = s.moreLine(omitted.count, omitted.partial);
    list.append(li);
  }
  el.append(title);
  if (findings.length) el.append(list, sourcesOf(doc, s, findings));
  if (permanent) {
    const p = doc.createElement('p');
    p.className = 'permanent';
    p.textContent = s.reviewPermanent;
    el.append(p);
  }
  if (failed.length) {
    const p = doc.createElement('p');
    p.className = 'check-failed';
    p.textContent = s.reviewCheckFailed(failed);
    el.append(p);
  }
  const postAnyway = blocked ? undefined : choice.postAnyway;
  if (blocked || !postAnyway) {
    const p = doc.createElement('p');
    p.className = blocked ? 'blocked' : 'no-button';
    p.textContent = blocked ? (failed.length ? s.reviewBlockedFailed : s.reviewBlocked) : s.reviewNoButton;
    el.append(p);
  }

  const actions = doc.createElement('div');
  actions.className = 'actions';
  const edit = actionButton(doc, 'primary edit', s.edit, () => {
    el.remove();
    choice.edit();
  });
  actions.append(edit);
  if (postAnyway) {
    actions.append(
      actionButton(doc, 'post-anyway', s.postAnyway, () => {
        el.remove();
        postAnyway();
      }),
    );
  }
  el.append(actions);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      el.remove();
      choice.edit();
    }
  });
  parent.append(el);

  // Under the post button at the start of the lines (the overlay's own dir says which side that is), kept on screen.
  const rtl = parent.getAttribute('dir') === 'rtl';
  const size = { width: panelWidth(doc.defaultView!), height: el.offsetHeight };
  void placeFloating(el, anchor, { placement: 'bottom-start', rtl, gap: 6, margin: 8, size });
  edit.focus();
  return el;
}

/** The guidelines the open findings cite, each once, in the person's language. */
function sourcesOf(doc: Document, s: Strings, findings: readonly Finding[]): HTMLElement {
  const p = doc.createElement('p');
  p.className = 'sources';
  const lines = new Set<string>();
  for (const f of findings) {
    const source = checkSource(f.check);
    if (source) lines.add(citationLine(source, s.lang));
  }
  for (const line of lines) {
    const cite = doc.createElement('cite');
    cite.textContent = s.source(line);
    p.append(cite);
  }
  return p;
}
