// The language findings are worded in: --lang, else the locale the environment says (LC_ALL, LC_MESSAGES, LANG), else English.
import type { Lang } from '../engine/types.js';
import { oneOf } from './args.js';

export const LANGS: readonly Lang[] = ['en', 'ar'];

/** The messages locale as POSIX reads it: the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty. */
export function localeLang(env: Record<string, string | undefined>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^ar(?:[_.@-]|$)/i.test(locale) ? 'ar' : 'en';
}

/** --lang ar|en, or the environment's locale when it is not given. */
export function langOption(value: string | boolean | undefined, env: Record<string, string | undefined> = process.env): Lang {
  return oneOf('lang', value, LANGS) ?? localeLang(env);
}
