// `--lang ar|en` and the locale default: messages, why, suggestion and the text output's labels in the person's language.
import { describe, expect, it } from 'vitest';
import { localeLang } from '../../src/cli/lang.js';
import { cli } from './run-cli.js';

// Written for this test: an Arabic draft with a phone number.
const DRAFT = 'اتصل بي على 91234567 بعد الدوام';
const ENGLISH_ENV = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_GB.UTF-8' };
const ARABIC_ENV = { LC_ALL: '', LC_MESSAGES: '', LANG: 'ar_OM.UTF-8' };
const ITA_AR = 'هيئة تقنية المعلومات، وسائل التواصل الاجتماعي في الحكومة (2016)';

describe('the language the CLI speaks', () => {
  it('reads it from LC_ALL, then LC_MESSAGES, then LANG, Arabic for any ar locale', () => {
    expect(localeLang({ LANG: 'ar_OM.UTF-8' })).toBe('ar');
    expect(localeLang({ LANG: 'ar' })).toBe('ar');
    expect(localeLang({ LANG: 'ar_SA@latin' })).toBe('ar');
    expect(localeLang({ LC_ALL: 'en_US.UTF-8', LANG: 'ar_OM.UTF-8' })).toBe('en');
    expect(localeLang({ LC_ALL: '', LC_MESSAGES: 'ar_EG.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('ar');
    expect(localeLang({ LANG: 'arn_CL.UTF-8' })).toBe('en');
    expect(localeLang({ LANG: 'C.UTF-8' })).toBe('en');
    expect(localeLang({})).toBe('en');
  });

  it('words the text output in Arabic under an Arabic locale, the quoted span as typed', () => {
    const r = cli(['check', DRAFT], '', undefined, ARABIC_ENV);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        '12-20 error personal-details/phone "91234567"',
        '  رقم هاتف: 91234567',
        '  السبب: لا تنشر أبداً بيانات شخصية مثل عنوان المنزل أو أرقام الهواتف، وتذكّر أن قوانين الخصوصية تسري على ما تنشره.',
        `  المصدر: ${ITA_AR}، قواعد السلوك`,
        '  الاقتراح: احذفه، أو أرسله في رسالة خاصة إلى من يحتاجه.',
        '',
        'الملاحظات: 1 (أخطاء: 1)',
        '',
      ].join('\n'),
    );
  });

  it('takes --lang over the locale, both ways', () => {
    const en = cli(['check', '--lang', 'en', DRAFT], '', undefined, ARABIC_ENV);
    expect(en.stdout).toContain('  Phone number: 91234567\n  why: Never post personal details');
    expect(en.stdout).toContain('  source: Oman ITA, Social Media in Government (2016), Codes of Conduct\n');
    expect(en.stdout.endsWith('1 finding (1 error)\n')).toBe(true);
    const ar = cli(['check', '--lang', 'ar', '--format', 'json', DRAFT], '', undefined, ENGLISH_ENV);
    expect(JSON.parse(ar.stdout).findings.map((f: { message: string; suggestion: string }) => [f.message, f.suggestion])).toEqual([
      ['رقم هاتف: 91234567', 'احذفه، أو أرسله في رسالة خاصة إلى من يحتاجه.'],
    ]);
  });

  it('defaults to English elsewhere, and says "no findings" in the language', () => {
    expect(JSON.parse(cli(['check', '--format', 'json', DRAFT], '', undefined, ENGLISH_ENV).stdout).findings[0].message).toBe('Phone number: 91234567');
    expect(cli(['check', 'شكرا لكم'], '', undefined, ARABIC_ENV).stdout).toBe('لا ملاحظات.\n');
  });

  it('words every JSONL line in the language', () => {
    const input = `${JSON.stringify({ text: DRAFT })}\n${JSON.stringify({ text: 'call me on 91234567' })}\n`;
    const r = cli(['check', '--jsonl', '-', '--lang', 'ar'], input, undefined, ENGLISH_ENV);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).findings.map((f: { message: string }) => f.message))).toEqual([
      ['رقم هاتف: 91234567'],
      ['رقم هاتف: 91234567'],
    ]);
  });

  it('refuses a language it does not speak, plainly', () => {
    const r = cli(['check', '--lang', 'fr', DRAFT], '', undefined, ENGLISH_ENV);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('post-coach: --lang must be one of en, ar, not "fr"\n');
    expect(r.stdout).toBe('');
  });

  it('runs ruleset test in the language: titles and messages', () => {
    const input = `${JSON.stringify({ text: DRAFT, expect: { 'personal-details': true } })}\n`;
    const ar = cli(['ruleset', 'test', 'rules/default.json', '--samples', '-'], input, undefined, ARABIC_ENV);
    expect(ar.stdout).toContain('  error personal-details/phone (البيانات الشخصية) "91234567": رقم هاتف: 91234567\n');
    const en = cli(['ruleset', 'test', 'rules/default.json', '--samples', '-', '--lang', 'en'], input, undefined, ARABIC_ENV);
    expect(en.stdout).toContain('  error personal-details/phone (Personal details) "91234567": Phone number: 91234567\n');
    expect(cli(['ruleset', 'validate', 'rules/default.json', '--lang', 'ar']).stderr).toBe('post-coach: ruleset validate: --lang belongs to ruleset test\n');
  });
});
