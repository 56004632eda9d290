import type { StateCreator } from 'zustand';
import type { Locale } from '@/i18n/define';
import type { AppState } from './app-state';

export type LocalePreference = 'system' | Locale;

export interface SettingsSlice {
  localePreference: LocalePreference;
  setLocalePreference(preference: LocalePreference): void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  localePreference: 'system',
  setLocalePreference: (localePreference) => set({ localePreference }),
});
