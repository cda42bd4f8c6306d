import { describe, expect, it } from 'vitest';
import { arabicModelText } from './arabic-model-text.js';

describe('arabicModelText', () => {
  it('blanks the vocative يا and its long form, keeping every offset', () => {
    const text = 'يا رب، أيا صديقي العزيز يا أخي';
    const read = arabicModelText(text);
    expect(read).toHaveLength(text.length);
    expect(read.split(/\s+/).filter(Boolean)).toEqual(['رب،', 'صديقي', 'العزيز', 'أخي']);
    expect(read.indexOf('العزيز')).toBe(text.indexOf('العزيز'));
  });

  it('leaves words that only begin with يا, and Latin text, as they are', () => {
    expect(arabicModelText('ياسمين يارب')).toBe('ياسمين يارب');
    expect(arabicModelText('ya habibi')).toBe('ya habibi');
  });
});
