// Escaping for the XML targets (plist, ADMX, ADML): nothing a manager writes can break out of its element.

export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;');
}
