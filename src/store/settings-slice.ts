import type { StateCreator } from 'zustand';
import type { Locale } from '@/i18n/define';
import type { AppState, SavePort } from './app-state';
import type { SaveOutcome } from './key-writer';

export type LocalePreference = 'system' | Locale;

export interface SettingsSlice {
  localePreference: LocalePreference;
  setLocalePreference(preference: LocalePreference): SaveOutcome;
}

export const createSettingsSlice =
  (port: SavePort): StateCreator<AppState, [], [], SettingsSlice> =>
  (set) => ({
    localePreference: 'system',
    setLocalePreference: (localePreference) => {
      set({ localePreference });
      return port.commit();
    },
  });
