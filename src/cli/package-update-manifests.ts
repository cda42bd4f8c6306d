// The files a self-hosting organisation serves beside its packages: Chrome's updates.xml and Firefox's updates.json.

function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Chrome's and Edge's update manifest (the gupdate protocol) naming one extension, one version and its CRX. */
export function updatesXml(id: string, version: string, crxUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${xmlAttr(id)}">
    <updatecheck codebase="${xmlAttr(crxUrl)}" version="${xmlAttr(version)}"/>
  </app>
</gupdate>
`;
}

/**
 * Firefox's update manifest for the add-on's gecko.update_url. No update_hash: signing changes the file's bytes, and
 * Firefox requires none when the link is HTTPS.
 */
export function updatesJson(addonId: string, version: string, xpiUrl: string): string {
  return `${JSON.stringify({ addons: { [addonId]: { updates: [{ version, update_link: xpiUrl }] } } }, null, 2)}\n`;
}

/** `base` with exactly one slash before `file`. */
export function urlUnder(base: string, file: string): string {
  return `${base.replace(/\/+$/, '')}/${file}`;
}
