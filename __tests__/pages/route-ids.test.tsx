/**
 * Issue 13, finding 4: an id that arrives from outside (a route, a share link) and is named like
 * an Object.prototype member ("constructor", "hasOwnProperty", …) must read as "no such filing"
 * on every page that looks a filing up, never as the inherited member.
 */
jest.mock('@/assets/tab/progress-active.png', () => 'progress-active.png');
jest.mock('@/platform/photo-pixels', () => ({
  MAX_DECODE_LONG_SIDE: 4096,
  decodePhoto: async () => null,
  warmUpPhotoFile: async () => null,
}));

import type { ComponentType } from 'react';
import { render, screen } from '@testing-library/react';
import { routerParams } from '../support/taro-mock';
import { resetJourneyStore, seedFiling } from './journey-support';
import { useAppStore } from '@/store';
import FilingRoute from '@/pages/filing/index';
import ProfileRoute from '@/pages/profile/index';
import PreflightRoute from '@/pages/preflight/index';
import SmsRoute from '@/pages/sms/index';
import PhotosRoute from '@/pages/photos/index';
import CaptureRoute from '@/pages/capture/index';

const PAGES: Array<[string, ComponentType, string]> = [
  ['filing', FilingRoute, 'missing-filing'],
  ['profile', ProfileRoute, 'missing-filing'],
  ['preflight', PreflightRoute, 'missing-filing'],
  ['sms', SmsRoute, 'sms-missing'],
  ['photos', PhotosRoute, 'photos-not-found'],
  ['capture', CaptureRoute, 'capture-not-found'],
];

const NAMES = Object.getOwnPropertyNames(Object.prototype);

beforeEach(() => {
  resetJourneyStore();
  seedFiling();
});

describe.each(PAGES)('the %s page', (_name, Page, notFound) => {
  test.each(NAMES)('with id "%s" says the filing is not there', (id) => {
    routerParams.current = { id, slot: 'license' };
    render(<Page />);
    expect(screen.getByTestId(notFound)).toBeTruthy();
  });
});

test('store actions given such an id change nothing', () => {
  const before = JSON.stringify(useAppStore.getState().filings);
  const now = Date.now();
  for (const id of NAMES) {
    const state = useAppStore.getState();
    expect(state.renameFiling(id, 'x', now)).toBe(false);
    state.setStep(id, 'filing-sms', 'done', now);
    state.setSmsCycles(id, () => [], now);
    state.updateProfile(id, (p) => ({ ...p, entityName: 'x' }), now);
    expect(state.approve(id, '京ICP备12345678号', now)).toEqual({ ok: false, reason: 'unknown-filing' });
    expect(state.openSmsRoundForCard(id, 'RoundAbc1234', now, now)).toBeNull();
  }
  expect(JSON.stringify(useAppStore.getState().filings)).toBe(before);
  expect(Object.keys(useAppStore.getState().filings)).toEqual(['filingA']);
});
