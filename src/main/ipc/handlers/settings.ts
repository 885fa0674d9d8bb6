/**
 * Handlers of `settings:*`: the page's language becomes main's (the menu is rebuilt by its
 * listener, see electron/desktopIntegration.ts).
 */
import type { settingsChannels } from '../../../shared/ipc/channels/settings';
import type { AppLanguage } from '../../i18n/appLanguage';
import type { HandlersFor } from '../handlerTypes';

export interface SettingsHandlerDeps {
  language: AppLanguage;
}

export function createSettingsHandlers(deps: SettingsHandlerDeps): HandlersFor<typeof settingsChannels> {
  return {
    'settings:setLanguage': ({ language }) => {
      deps.language.set(language);
      return { language: deps.language.current() };
    },
  };
}
