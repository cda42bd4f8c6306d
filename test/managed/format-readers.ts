// Strict readers for the policy formats, so tests can check each output parses in its own format as the real reader
// would: XML 1.0 well-formedness (line ends, characters, references, attribute normalisation), Apple's plist
// elements, and regedit 5.00's quoting and value types.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The character data directly inside this element (text and CDATA), references decoded. */
  text: string;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME = new RegExp(`^[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`);
/** Characters XML 1.0 allows anywhere in a document (production [2] Char). */
const NOT_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const isCharCode = (c: number) => c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/** Decodes the references of character data or an attribute value; throws on an unknown entity or a bad character reference. */
function decodeReferences(raw: string, where: string): string {
  if (/&(?!(?:#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);)/.test(raw)) throw new Error(`stray & in ${where}`);
  return raw.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!isCharCode(code)) throw new Error(`character reference ${m} is not an XML character`);
      return String.fromCodePoint(code);
    }
    if (!(ref in PREDEFINED)) throw new Error(`unknown entity ${m}`);
    return PREDEFINED[ref];
  });
}

/**
 * Parses an XML 1.0 document as a conforming non-validating parser would (no internal DTD subset): one root element,
 * only comments, processing instructions and white space around it, every character legal, CR LF and CR read as LF,
 * tabs and line breaks in attribute values read as spaces. Throws on anything a real parser rejects.
 */
export function parseXml(input: string): XmlElement {
  if (NOT_CHAR.test(input)) throw new Error(`character U+${input.codePointAt(input.search(NOT_CHAR))!.toString(16)} is not allowed in XML`);
  const xml = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let i = 0;
  const rest = () => xml.slice(i, i + 40);
  const space = () => {
    while (xml[i] === ' ' || xml[i] === '\t' || xml[i] === '\n') i++;
  };
  const name = (): string => {
    const m = NAME.exec(xml.slice(i, i + 200));
    if (!m) throw new Error(`a name expected at ${i}: ${rest()}`);
    i += m[0].length;
    return m[0];
  };
  const comment = () => {
    const end = xml.indexOf('-->', i + 4);
    if (end < 0) throw new Error('unterminated comment');
    if (xml.slice(i + 4, end).includes('--') || xml[end - 1] === '-') throw new Error('"--" inside a comment');
    i = end + 3;
  };
  const pi = () => {
    i += 2;
    const target = name();
    if (target.toLowerCase() === 'xml') throw new Error('an XML declaration is only allowed at the very start');
    const end = xml.indexOf('?>', i);
    if (end < 0) throw new Error('unterminated processing instruction');
    i = end + 2;
  };
  const misc = (allowDoctype: boolean): boolean => {
    let doctype = false;
    for (;;) {
      space();
      if (xml.startsWith('<!--', i)) comment();
      else if (xml.startsWith('<?', i)) pi();
      else if (allowDoctype && !doctype && xml.startsWith('<!DOCTYPE', i)) {
        const m = /^<!DOCTYPE\s+[^\s>[]+(?:\s+(?:PUBLIC\s+("[^"]*"|'[^']*')\s+("[^"]*"|'[^']*')|SYSTEM\s+("[^"]*"|'[^']*')))?\s*>/.exec(xml.slice(i));
        if (!m) throw new Error(`bad or unsupported DOCTYPE: ${rest()}`);
        i += m[0].length;
        doctype = true;
      } else return doctype;
    }
  };
  const attribute = (attrs: Record<string, string>) => {
    const key = name();
    space();
    if (xml[i] !== '=') throw new Error(`attribute ${key} without "="`);
    i++;
    space();
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") throw new Error(`attribute ${key} is not quoted`);
    const end = xml.indexOf(quote, i + 1);
    if (end < 0) throw new Error(`attribute ${key} is not closed`);
    const raw = xml.slice(i + 1, end);
    if (raw.includes('<')) throw new Error(`"<" inside attribute ${key}`);
    if (key in attrs) throw new Error(`duplicate attribute ${key}`);
    // Attribute-value normalisation: literal white space becomes a space; references to it stay as written.
    attrs[key] = decodeReferences(raw.replace(/[\t\n]/g, ' '), `attribute ${key}`);
    i = end + 1;
  };
  const element = (): XmlElement => {
    if (xml[i] !== '<') throw new Error(`an element expected at ${i}: ${rest()}`);
    i++;
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      space();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (i === before) throw new Error(`white space expected before an attribute of <${el.name}>: ${rest()}`);
      attribute(el.attrs);
    }
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) throw new Error(`unclosed <${el.name}>`);
      const raw = xml.slice(i, lt);
      if (raw.includes(']]>')) throw new Error('"]]>" in character data');
      el.text += decodeReferences(raw, `<${el.name}>`);
      i = lt;
      if (xml.startsWith('<!--', i)) comment();
      else if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i + 9);
        if (end < 0) throw new Error('unterminated CDATA section');
        el.text += xml.slice(i + 9, end);
        i = end + 3;
      } else if (xml.startsWith('<?', i)) pi();
      else if (xml.startsWith('</', i)) {
        i += 2;
        const closing = name();
        space();
        if (closing !== el.name || xml[i] !== '>') throw new Error(`</${closing}> closes <${el.name}>`);
        i++;
        return el;
      } else el.children.push(element());
    }
  };
  const decl = /^<\?xml\s+version\s*=\s*("1\.[0-9]+"|'1\.[0-9]+')(\s+encoding\s*=\s*("[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(\s+standalone\s*=\s*("(yes|no)"|'(yes|no)'))?\s*\?>/.exec(xml);
  if (xml.startsWith('<?xml') && !decl) throw new Error('bad XML declaration');
  if (decl) i = decl[0].length;
  misc(true);
  const root = element();
  misc(false);
  if (i !== xml.length) throw new Error(`content after the root element: ${rest()}`);
  return root;
}

/** The declared encoding of an XML document, lower case ("utf-8" when there is no declaration). */
export function xmlEncoding(xml: string): string {
  return (/^<\?xml[^?]*encoding\s*=\s*["']([^"']+)["']/.exec(xml)?.[1] ?? 'utf-8').toLowerCase();
}

function onlyWhiteSpace(el: XmlElement): void {
  if (el.text.trim() !== '') throw new Error(`text inside <${el.name}>: ${JSON.stringify(el.text.trim().slice(0, 40))}`);
}

function leaf(el: XmlElement): string {
  if (el.children.length) throw new Error(`<${el.name}> holds elements`);
  return el.text;
}

/** The JS value of a plist XML element, as Apple's parser reads it (dict, array, string, integer, real, true, false). */
export function plistToValue(el: XmlElement): unknown {
  switch (el.name) {
    case 'plist':
      if (el.children.length !== 1) throw new Error('plist holds one value');
      onlyWhiteSpace(el);
      return plistToValue(el.children[0]);
    case 'dict': {
      onlyWhiteSpace(el);
      if (el.children.length % 2) throw new Error('dict needs <key> then a value');
      const out: Record<string, unknown> = {};
      for (let k = 0; k < el.children.length; k += 2) {
        const key = el.children[k];
        if (key.name !== 'key') throw new Error(`dict needs <key>, found <${key.name}>`);
        const name = leaf(key);
        if (Object.prototype.hasOwnProperty.call(out, name)) throw new Error(`duplicate key ${JSON.stringify(name)}`);
        Object.defineProperty(out, name, { value: plistToValue(el.children[k + 1]), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      onlyWhiteSpace(el);
      return el.children.map(plistToValue);
    case 'string':
      return leaf(el);
    case 'integer': {
      const text = leaf(el).trim();
      if (!/^[+-]?[0-9]+$/.test(text)) throw new Error(`bad integer ${text}`);
      const n = Number(text);
      if (!Number.isSafeInteger(n)) throw new Error(`integer ${text} does not fit`);
      return n;
    }
    case 'real': {
      const text = leaf(el).trim();
      if (!/^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(text)) throw new Error(`bad real ${text}`);
      return Number(text);
    }
    case 'true':
    case 'false':
      if (leaf(el) !== '') throw new Error(`<${el.name}/> holds text`);
      return el.name === 'true';
    default:
      throw new Error(`not a plist element: <${el.name}>`);
  }
}

export type RegValue = { type: 'sz'; value: string } | { type: 'dword'; value: number };

/**
 * Reads a quoted .reg string starting at `line[at]`: inside it regedit knows only \\ and \" as escapes, so any other
 * backslash or an unescaped quote is a writer's mistake. Returns the text and the index after the closing quote.
 */
function regQuoted(line: string, at: number): [string, number] {
  if (line[at] !== '"') throw new Error(`a quoted string expected: ${line}`);
  let out = '';
  for (let i = at + 1; i < line.length; i++) {
    const c = line[i];
    if (c === '"') return [out, i + 1];
    if (c === '\\') {
      const next = line[++i];
      if (next !== '\\' && next !== '"') throw new Error(`backslash before ${JSON.stringify(next ?? 'the end')} in a .reg string: ${line}`);
      out += next;
    } else out += c;
  }
  throw new Error(`unterminated .reg string: ${line}`);
}

/** Parses a regedit 5.00 .reg file: sections (with [-key] deletions) and their values, CRLF line ends, ASCII only. */
export function parseReg(text: string): { deleted: string[]; keys: Map<string, Map<string, RegValue>> } {
  if (/[^\x00-\x7f]/.test(text)) throw new Error('non-ASCII byte in .reg text');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('a line end that is not CRLF');
  if (!text.endsWith('\r\n')) throw new Error('the last line has no CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('missing .reg header');
  const joined: string[] = [];
  for (const line of lines.slice(1)) {
    const last = joined[joined.length - 1];
    // Only hex data continues on the next line, after a trailing backslash.
    if (last !== undefined && /=hex(\([0-9a-f]+\))?:/i.test(last) && last.endsWith('\\')) {
      if (!/^\s+[0-9a-fA-F]/.test(line)) throw new Error(`a continued hex line must be indented: ${line}`);
      joined[joined.length - 1] = last.slice(0, -1) + line.trim();
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
      } else {
        if (keys.has(section[2])) throw new Error(`key ${section[2]} twice`);
        keys.set(section[2], (current = new Map()));
      }
      continue;
    }
    if (!current) throw new Error(`a value outside a key: ${line}`);
    const [name, after] = regQuoted(line, 0);
    if (line[after] !== '=') throw new Error(`"=" expected after the value name: ${line}`);
    if (current.has(name)) throw new Error(`value ${name} twice`);
    const data = line.slice(after + 1);
    let m: RegExpExecArray | null;
    if (data.startsWith('"')) {
      const [value, end] = regQuoted(data, 0);
      if (end !== data.length) throw new Error(`text after a .reg string: ${line}`);
      current.set(name, { type: 'sz', value });
    } else if ((m = /^dword:([0-9a-fA-F]{8})$/.exec(data))) current.set(name, { type: 'dword', value: parseInt(m[1], 16) });
    else if ((m = /^hex\(1\):([0-9a-fA-F]{2}(?:,[0-9a-fA-F]{2})*)$/.exec(data))) {
      const bytes = Buffer.from(m[1].split(',').map((b) => parseInt(b, 16)));
      if (bytes.length % 2) throw new Error('REG_SZ of an odd number of bytes');
      const s = bytes.toString('utf16le');
      if (!s.endsWith('\0') || s.slice(0, -1).includes('\0')) throw new Error('REG_SZ must end with its one NUL');
      current.set(name, { type: 'sz', value: s.slice(0, -1) });
    } else throw new Error(`bad .reg value: ${data}`);
  }
  return { deleted, keys };
}
