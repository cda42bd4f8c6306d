// Escaping for the XML targets (plist, ADMX, ADML): nothing a manager writes can break out of its element, every value
// reads back exactly (a carriage return as &#13;, which parsers would otherwise turn into a line feed), and characters a
// terminal acts on (DEL, C1, bidi controls) are written as references, so printing the file is safe too.

/** Characters XML 1.0 cannot hold at all, not even as a reference. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const AS_REFERENCE = /[\r\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const ref = (c: string) => `&#${c.charCodeAt(0)};`;

function checked(text: string): string {
  const bad = NOT_XML.exec(text);
  if (bad) throw new Error(`U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} cannot be written in XML; remove it from the ruleset`);
  return text;
}

export function xmlText(text: string): string {
  return checked(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(AS_REFERENCE, ref);
}

/** Also quotes, tabs and line feeds, which a parser would read as a space in an attribute. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/[\t\n]/g, ref);
}
