// The readers are strict where the real readers are, so a writer's slip fails the policy tests instead of passing.
import { describe, expect, it } from 'vitest';
import { xmlAttr, xmlText } from '../../src/policy/targets/xml.js';
import { plistValue } from '../../src/policy/targets/mac-plist.js';
import { parseReg, parseXml, plistToValue } from './format-readers.js';

const REG = (body: string) => `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\X]\r\n${body}\r\n`;
const plist = (inner: string) => plistToValue(parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">${inner}</plist>`));

describe('parseXml', () => {
  it.each([
    ['<a>x & y</a>', /stray &/],
    ['<a b="1 < 2"/>', /"<" inside attribute/],
    ['<a b="1" b="2"/>', /duplicate attribute/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a>&#1;</a>', /not an XML character/],
    ['<a>\u0001</a>', /U\+1 is not allowed/],
    ['<a>x ]]> y</a>', /"]]>"/],
    ['<a><b></a></b>', /closes/],
    ['<a></a><b/>', /content after the root/],
    ['<a b=1/>', /not quoted/],
    ['<a><!-- x -- y --></a>', /"--" inside a comment/],
    [' <?xml version="1.0"?><a/>', /XML declaration is only allowed at the very start/],
  ])('refuses %j', (xml, error) => {
    expect(() => parseXml(xml)).toThrow(error);
  });

  it('reads line ends, attribute white space, references and CDATA as a conforming parser does', () => {
    const el = parseXml('<a t="x\ty\nz&#10;" s=\'q"\'>one\r\ntwo\rthree&#13;<![CDATA[<&>]]>&#x1F600;</a>');
    expect(el.attrs).toEqual({ t: 'x y z\n', s: 'q"' });
    expect(el.text).toBe('one\ntwo\nthree\r<&>😀');
  });
});

describe('plistToValue', () => {
  it('reads every element type', () => {
    expect(plist('<dict><key>a</key><array><integer>-3</integer><real>1.5e3</real><true/><false/><string>ب</string></array></dict>')).toEqual({
      a: [-3, 1500, true, false, 'ب'],
    });
  });
  it.each([
    ['<dict><key>a</key><true/><key>a</key><false/></dict>', /duplicate key/],
    ['<dict><key>a</key></dict>', /<key> then a value/],
    ['<dict>stray<key>a</key><true/></dict>', /text inside <dict>/],
    ['<integer>1.5</integer>', /bad integer/],
    ['<real>1,5</real>', /bad real/],
    ['<string><b/></string>', /holds elements/],
    ['<data>AA==</data>', /not a plist element/],
  ])('refuses %j', (inner, error) => {
    expect(() => plist(inner)).toThrow(error);
  });
});

describe('parseReg', () => {
  it('reads regedit’s escapes, DWORDs and UTF-16 hex(1) across continued lines', () => {
    const reg = parseReg(REG('"a\\\\b"="say \\"hi\\" C:\\\\x"\r\n"n"=dword:0000000A\r\n"h"=hex(1):42,06,\\\r\n  00,00'));
    expect([...reg.keys.get('HKEY_LOCAL_MACHINE\\SOFTWARE\\X')!]).toEqual([
      ['a\\b', { type: 'sz', value: 'say "hi" C:\\x' }],
      ['n', { type: 'dword', value: 10 }],
      ['h', { type: 'sz', value: 'ق' }],
    ]);
  });
  it.each([
    [REG('"a"="C:\\x"'), /backslash before "x"/],
    [REG('"a"="say "hi""'), /text after a .reg string/],
    [REG('"a"="x"').replace(/\r\n/g, '\n'), /not CRLF/],
    [REG('"a"="ق"'), /non-ASCII/],
    [REG('"a"=hex(1):42,06,00'), /odd number of bytes/],
    [REG('"a"=hex(1):41,00,00,00,42,00,00,00'), /one NUL/],
    [REG('"a"="1"\r\n"a"="2"'), /value a twice/],
    [REG('"a"=dword:1'), /bad .reg value/],
  ])('refuses %j', (text, error) => {
    expect(() => parseReg(text)).toThrow(error);
  });
});

describe('XML escaping of the writers', () => {
  it('keeps a carriage return, quotes and bidi controls exact, and writes the controls as references', () => {
    const value = 'a\r\nb "c" \'d\' <e> & \u202e\u0085';
    expect(xmlText(value)).toBe('a&#13;\nb "c" \'d\' &lt;e&gt; &amp; &#8238;&#133;');
    expect(parseXml(`<s>${xmlText(value)}</s>`).text).toBe(value);
    expect(parseXml(`<s v="${xmlAttr(`${value}\t`)}"/>`).attrs.v).toBe(`${value}\t`);
  });
  it('refuses what XML cannot hold at all, naming the character', () => {
    expect(() => xmlText('a\u0001b')).toThrow('U+0001 cannot be written in XML; remove it from the ruleset');
    expect(() => xmlText('\ud800')).toThrow('U+D800 cannot be written in XML');
    expect(xmlText('😀')).toBe('😀');
  });
  it('writes whole numbers beyond a C int as <real>, which reads back the same', () => {
    expect(plistValue(3_000_000_000, '')).toBe('<real>3000000000</real>');
    expect(plistValue(-7, '')).toBe('<integer>-7</integer>');
    expect(plist(plistValue([3_000_000_000, 0.25, 1e21], ''))).toEqual([3_000_000_000, 0.25, 1e21]);
  });
});
