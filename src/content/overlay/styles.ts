// Styles of the overlay's shadow root. Nothing is added to the page's own stylesheets: the page could read them.
import type { Severity } from '../../engine/types.js';

export const SEVERITY_COLOUR: Record<Severity, string> = { error: '#c62828', warning: '#b26a00', info: '#1565c0' };

export const SHADOW_CSS = `
:host { all: initial; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  z-index: 2147483646 !important; pointer-events: none !important; display: block !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important; clip-path: none !important; }
* { box-sizing: border-box; }
.layer { position: fixed; top: 0; left: 0; width: 0; height: 0; }
.box { position: fixed; pointer-events: none; border-bottom: 2px solid; opacity: 0.9; }
.box.error { border-color: ${SEVERITY_COLOUR.error}; } .box.warning { border-color: ${SEVERITY_COLOUR.warning}; border-bottom-style: dashed; }
.box.info { border-color: ${SEVERITY_COLOUR.info}; border-bottom-style: dotted; }
.ui { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Tahoma, "Noto Sans Arabic", sans-serif; color: #1b1b1b; }
button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #1f5f8b; outline-offset: 2px; }
.badge { position: fixed; pointer-events: auto; min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px; border: 0;
  color: #fff; background: #2e7d32; font-weight: 600; font-size: 12px; line-height: 22px; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.badge.error { background: ${SEVERITY_COLOUR.error}; } .badge.warning { background: ${SEVERITY_COLOUR.warning}; } .badge.info { background: ${SEVERITY_COLOUR.info}; }
.badge[hidden], .card[hidden], .chip[hidden], .note[hidden], .review[hidden], .list[hidden] { display: none; }
.sr { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.card, .list, .review, .note { position: fixed; pointer-events: auto; width: 320px; max-width: calc(100vw - 16px); background: #fff;
  border: 1px solid #c9ced6; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px; }
.list { max-height: 60vh; overflow: auto; }
.list .card { position: static; width: auto; box-shadow: none; margin: 6px 0 0; }
.card h3, .review h2, .note h3 { margin: 0 0 4px; font-size: 13px; font-weight: 600; }
.card p, .note p, .review p { margin: 4px 0; }
.card .sev { display: inline-block; font-size: 11px; font-weight: 600; text-transform: uppercase; margin-inline-end: 6px; }
.card .sev.error { color: ${SEVERITY_COLOUR.error}; } .card .sev.warning { color: ${SEVERITY_COLOUR.warning}; } .card .sev.info { color: ${SEVERITY_COLOUR.info}; }
.card .why, .note .src { color: #4a4f57; font-size: 12px; }
.card .source, .review .sources { color: #4a4f57; font-size: 11px; } .review .sources cite { display: block; } cite { font-style: normal; }
.actions { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
.actions button, .chip button { border: 1px solid #9aa3ad; background: #f5f7f9; border-radius: 6px; padding: 3px 8px; }
.actions button.primary { background: #1f5f8b; border-color: #1f5f8b; color: #fff; }
.chip { position: fixed; pointer-events: auto; display: flex; align-items: center; gap: 6px; max-width: min(520px, calc(100vw - 16px)); padding: 2px 8px;
  border-radius: 12px; background: #eef3f8; border: 1px solid #c3d3e3; font-size: 12px; color: #1f3b53; opacity: .92; }
.chip.official { background: #e6f2ea; border-color: #b5d6bf; color: #1d4d2b; }
.chip.unknown { background: #fff6e0; border-color: #ecd08a; color: #5a4300; }
.chip .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.chip button { font-size: 11px; padding: 1px 6px; white-space: nowrap; flex: none; }
.note { border-color: #ecd08a; background: #fffaf0; }
.review { border-width: 2px; border-color: #1f5f8b; }
.review ul { margin: 6px 0; padding-inline-start: 18px; }
.list .more, .review li.more { margin: 6px 0 0; color: #555; font-style: italic; }
.review li.more { list-style: none; }
`;
