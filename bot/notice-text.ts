/**
 * A use case's notice as text in the reader's language, its dates formatted relative to today:
 * shared by the chat's follow-up handlers and the tab's API.
 */
import type { Notice } from '../app/follow-up/notice.js';
import { formatDay } from '../cards/follow-up-format.js';
import type { IsoDate } from '../domain/model.js';
import type { Translator } from '../i18n/index.js';
import { freeTextRefusal } from './gate-text.js';

export function noticeIn(t: Translator, today: IsoDate, notice: Notice): string {
  if (notice.kind === 'free-text') return freeTextRefusal(t, notice.verdict);
  const params: Record<string, string> = { ...notice.params };
  for (const [name, date] of Object.entries(notice.dates ?? {}))
    params[name] = formatDay(t.locale, date, today);
  const text = t(notice.key, params);
  return notice.also ? `${text} ${t(notice.also)}` : text;
}
