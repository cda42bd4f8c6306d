// Small strict readers for the policy formats, so tests can check each output parses in its own format.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    if (!(e in ENTITIES)) throw new Error(`unknown entity ${m}`);
    return ENTITIES[e];
  });
}

/** Parses well-formed XML (no CDATA); throws on mismatched or unclosed tags, bad attributes, stray '<' or '&'. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const skipProlog = () => {
    for (;;) {
      while (/\s/.test(xml[i] ?? '')) i++;
      if (xml.startsWith('<?', i)) i = xml.indexOf('?>', i) + 2;
      else if (xml.startsWith('<!--', i)) i = xml.indexOf('-->', i) + 3;
      else if (xml.startsWith('<!DOCTYPE', i)) i = xml.indexOf('>', i) + 1;
      else return;
      if (i < 2) throw new Error('unterminated prolog');
    }
  };
  const element = (): XmlElement => {
    const open = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*"[^"<]*")*)\s*(\/?)>/.exec(xml.slice(i));
    if (!open) throw new Error(`bad tag at ${i}: ${xml.slice(i, i + 40)}`);
    i += open[0].length;
    const attrs: Record<string, string> = {};
    for (const m of open[2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*"([^"]*)"/g)) {
      if (m[1] in attrs) throw new Error(`duplicate attribute ${m[1]}`);
      attrs[m[1]] = decode(m[2]);
    }
    const el: XmlElement = { name: open[1], attrs, children: [], text: '' };
    if (open[3]) return el;
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) throw new Error(`unclosed <${el.name}>`);
      const raw = xml.slice(i, lt);
      if (/&(?!(#x[0-9a-f]+|#[0-9]+|[a-z]+);)/i.test(raw)) throw new Error('stray &');
      el.text += decode(raw);
      i = lt;
      if (xml.startsWith('<!--', i)) {
        i = xml.indexOf('-->', i) + 3;
      } else if (xml.startsWith('</', i)) {
        const close = /^<\/([\w.:-]+)\s*>/.exec(xml.slice(i));
        if (!close || close[1] !== el.name) throw new Error(`</${close?.[1]}> closes <${el.name}>`);
        i += close[0].length;
        return el;
      } else {
        el.children.push(element());
      }
    }
  };
  skipProlog();
  const root = element();
  while (xml.startsWith('<!--', i) || /\s/.test(xml[i] ?? '')) i = xml.startsWith('<!--', i) ? xml.indexOf('-->', i) + 3 : i + 1;
  if (i !== xml.length) throw new Error('content after the root element');
  return root;
}

/** The JS value of a plist XML element (dict, array, string, integer, real, true, false). */
export function plistToValue(el: XmlElement): unknown {
  switch (el.name) {
    case 'plist':
      if (el.children.length !== 1) throw new Error('plist holds one value');
      return plistToValue(el.children[0]);
    case 'dict': {
      const out: Record<string, unknown> = {};
      for (let k = 0; k < el.children.length; k += 2) {
        const key = el.children[k];
        if (key.name !== 'key' || !el.children[k + 1]) throw new Error('dict needs <key> then a value');
        out[key.text] = plistToValue(el.children[k + 1]);
      }
      return out;
    }
    case 'array':
      return el.children.map(plistToValue);
    case 'string':
      return el.text;
    case 'integer':
      if (!/^-?\d+$/.test(el.text)) throw new Error(`bad integer ${el.text}`);
      return Number(el.text);
    case 'real':
      return Number(el.text);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`not a plist element: <${el.name}>`);
  }
}

export type RegValue = { type: 'sz'; value: string } | { type: 'dword'; value: number };

/** Parses a regedit 5.00 .reg file: sections (with [-key] deletions) and their values. */
export function parseReg(text: string): { deleted: string[]; keys: Map<string, Map<string, RegValue>> } {
  const lines = text.split('\r\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('missing .reg header');
  if (/[^\x00-\x7f]/.test(text)) throw new Error('non-ASCII byte in .reg text');
  const joined: string[] = [];
  for (const line of lines.slice(1)) {
    if (joined.length && joined[joined.length - 1].endsWith('\\') && /^\s/.test(line)) {
      joined[joined.length - 1] = joined[joined.length - 1].slice(0, -1) + line.trim();
    } else joined.push(line);
  }
  const deleted: string[] = [];
  const keys = new Map<string, Map<string, RegValue>>();
  let current: Map<string, RegValue> | undefined;
  for (const line of joined) {
    if (line === '') continue;
    const section = /^\[(-?)([^\]]+)\]$/.exec(line);
    if (section) {
      if (section[1]) {
        deleted.push(section[2]);
        current = undefined;
      } else keys.set(section[2], (current = new Map()));
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line);
    if (!value || !current) throw new Error(`bad .reg line: ${line}`);
    const name = value[1].replace(/\\(.)/g, '$1');
    const data = value[2];
    let m: RegExpExecArray | null;
    if ((m = /^"((?:[^"\\]|\\.)*)"$/.exec(data))) current.set(name, { type: 'sz', value: m[1].replace(/\\(.)/g, '$1') });
    else if ((m = /^dword:([0-9a-f]{8})$/.exec(data))) current.set(name, { type: 'dword', value: parseInt(m[1], 16) });
    else if ((m = /^hex\(1\):((?:[0-9a-f]{2},?)+)$/.exec(data))) {
      const bytes = Buffer.from(m[1].split(',').filter(Boolean).map((b) => parseInt(b, 16)));
      const s = bytes.toString('utf16le');
      if (!s.endsWith('\0')) throw new Error('REG_SZ without its NUL');
      current.set(name, { type: 'sz', value: s.slice(0, -1) });
    } else throw new Error(`bad .reg value: ${data}`);
  }
  return { deleted, keys };
}
