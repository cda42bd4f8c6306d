// One finding as a card: what to look at, why (the clause), what to try, the guideline cited, and "dismiss for this post".
import { checkSource } from '../../engine/check-titles.js';
import { citationLine } from '../../engine/sources.js';
import type { Finding } from '../../engine/types.js';
import type { Strings } from './strings.js';
import { actionButton } from './action-button.js';

let cardSerial = 0;

export function buildCard(doc: Document, s: Strings, finding: Finding, onDismiss: () => void): HTMLElement {
  const id = `pc-card-${++cardSerial}`;
  const card = doc.createElement('div');
  card.className = 'card';
  card.dir = s.dir;
  card.setAttribute('role', 'group');
  card.setAttribute('aria-labelledby', `${id}-title`);
  card.dataset.check = finding.check;
  card.dataset.rule = finding.rule;

  const title = doc.createElement('h3');
  title.id = `${id}-title`;
  const sev = doc.createElement('span');
  sev.className = `sev ${finding.severity}`;
  sev.textContent = s.severity[finding.severity];
  const message = doc.createElement('span');
  message.dir = 'auto';
  message.textContent = finding.message;
  title.append(sev, message);
  card.append(title);

  if (finding.why) {
    const why = doc.createElement('p');
    why.className = 'why';
    why.dir = 'auto';
    why.textContent = `${s.why}: ${finding.why}`;
    card.append(why);
  }
  if (finding.suggestion) {
    const tip = doc.createElement('p');
    tip.className = 'suggestion';
    tip.dir = 'auto';
    tip.textContent = `${s.suggestion}: ${finding.suggestion}`;
    card.append(tip);
  }

  const source = checkSource(finding.check);
  if (source) {
    const p = doc.createElement('p');
    p.className = 'source';
    const cite = doc.createElement('cite');
    cite.textContent = s.source(citationLine(source, s.lang));
    p.append(cite);
    card.append(p);
  }

  const actions = doc.createElement('div');
  actions.className = 'actions';
  actions.append(actionButton(doc, 'dismiss', s.dismiss, onDismiss));
  card.append(actions);
  return card;
}
