import { act } from '@testing-library/react';
import { useAppStore } from '@/store';
import { resetTaroMock } from '../support/taro-mock';

/** A clean store in Chinese (the mock phone's language) with no filings. */
export function resetJourneyStore(localePreference: 'system' | 'en' | 'zh-CN' = 'system') {
  resetTaroMock();
  act(() =>
    useAppStore.setState({
      localePreference,
      recovery: null,
      writeFailure: null,
      filings: {},
      filingOrder: [],
      unreadableFilings: [],
    }),
  );
}

/** Creates a filing directly in the store and returns its id. */
export function seedFiling(name = '门店预约', id = 'filingA'): string {
  act(() => {
    useAppStore.getState().createFiling(name, id, Date.now());
  });
  return id;
}
