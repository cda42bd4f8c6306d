// Reads a rich text box as plain text with a map from text offsets back to DOM text nodes, without touching the DOM.

export interface Piece {
  node: Text;
  /** Offset of this node's first character in the read text. */
  start: number;
}

export interface TextMap {
  text: string;
  pieces: Piece[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function readDom(root: Node, skip?: (el: Element) => boolean): TextMap {
  let text = '';
  const pieces: Piece[] = [];
  let atLineStart = true;

  const newline = () => {
    text += '\n';
    atLineStart = true;
  };

  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (!data) continue;
        pieces.push({ node: child as Text, start: text.length });
        text += data;
        atLineStart = data.endsWith('\n');
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (NEVER_TEXT.has(el.tagName) || (el as HTMLElement).hidden || skip?.(el)) continue;
        if (el.tagName === 'BR') {
          newline();
          continue;
        }
        const block = BLOCK_TAGS.has(el.tagName);
        if (block && !atLineStart) newline();
        walk(el);
        if (block && !atLineStart) newline();
      }
    }
  };
  walk(root);
  // Trailing line breaks are layout (an empty last block), not draft text.
  return { text: text.replace(/\n+$/, ''), pieces };
}

/** The DOM point of a text offset; between pieces (a line break) it is the start of the next piece, or the end of the previous one. */
export function domPoint(map: TextMap, offset: number, bias: 'start' | 'end'): { node: Text; offset: number } | null {
  const { pieces } = map;
  if (!pieces.length) return null;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  const len = piece.node.data.length;
  if (offset < piece.start) return { node: piece.node, offset: 0 };
  if (offset <= piece.start + len) {
    if (bias === 'start' && offset === piece.start + len && pieces[lo + 1]?.start === offset) return { node: pieces[lo + 1].node, offset: 0 };
    return { node: piece.node, offset: offset - piece.start };
  }
  const next = pieces[lo + 1];
  if (bias === 'start' && next) return { node: next.node, offset: 0 };
  return { node: piece.node, offset: len };
}

/** A range over [start, end) of the read text, or null when the nodes have since left the box. */
export function rangeOf(map: TextMap, root: Node, start: number, end: number): Range | null {
  const a = domPoint(map, start, 'start');
  const b = domPoint(map, end, 'end');
  if (!a || !b || !root.contains(a.node) || !root.contains(b.node)) return null;
  if (a.offset > a.node.data.length || b.offset > b.node.data.length) return null;
  const range = (root.ownerDocument ?? document).createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range.collapsed && end > start ? null : range;
}

/** The text offset of a DOM point (a selection end) inside the box, or null. */
export function textOffset(map: TextMap, node: Node | null, offset: number): number | null {
  if (!node) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = map.pieces.find((p) => p.node === node);
    return piece ? piece.start + Math.min(offset, piece.node.data.length) : null;
  }
  // An element point: the first text piece at or after it.
  const point = (node.ownerDocument ?? document).createRange();
  point.setStart(node, offset);
  for (const piece of map.pieces) {
    if (point.comparePoint(piece.node, 0) >= 0) return piece.start;
  }
  return map.text.length;
}
