/**
 * `settings:*` — what the page tells main about the person's choices that main must follow.
 *
 * Only the language today: main words its menu, native questions, notifications, the CommsEase
 * verifier's explanations and its errors in the language the page shows. The request is an
 * allow-list of the catalogues' languages; anything else is refused before a handler runs.
 */
import { z } from 'zod';
import { LANGUAGES } from '../../i18n/language';
import { defineChannel } from '../channel';

export const settingsChannels = {
  'settings:setLanguage': defineChannel({
    summary: "main's language (menu, native dialogs, notifications, its messages): one the catalogues have",
    request: z.strictObject({ language: z.enum(LANGUAGES) }),
    response: z.strictObject({ language: z.enum(LANGUAGES) }),
  }),
} as const;
