jest.mock('@/assets/tab/progress-active.png', () => 'progress-active.png');
import { render, screen, fireEvent, act } from '@testing-library/react';
import { taroCalls } from '../support/taro-mock';
import { useAppStore } from '@/store';
import type { FilingProfile } from '@/domain/filing';
import { PreflightPage } from '@/features/journey/preflight-page';
import { HelpPage } from '@/features/journey/help-page';
import { messages, type MessageKey } from '@/i18n';
import { STEP_IDS } from '@/domain/journey-steps';
import { PREFLIGHT_CODES } from '@/domain/preflight';
import { PROFILE_FIELDS } from '@/domain/profile-fields';
import { MATERIAL_IDS, MATERIAL_REASON_CODES } from '@/domain/materials';
import { VALIDATION_REASONS } from '@/domain/validation';
import { FILING_NUMBER_REASONS } from '@/domain/filing-number';
import { resetJourneyStore, seedFiling } from './journey-support';
import { enterpriseProfile, personalProfile } from '../support/profiles';
import { journeyStepsFor } from '@/domain/journey-steps';
import { ENTITY_TYPES } from '@/domain/filing';
import { present } from '../support/present';

beforeEach(() => resetJourneyStore());

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** A complete Hangzhou enterprise (the administrator 王五 is the mini program principal), letters dated today. */
function completeProfile(p: FilingProfile): FilingProfile {
  return { ...p, ...enterpriseProfile({ commitmentLetterDate: today(), authorizationLetterDate: today() }) };
}

test('pre-flight lists blocking problems with their fields and links each to its field', () => {
  const id = seedFiling();
  act(() =>
    useAppStore.getState().updateProfile(
      id,
      (p) => {
        const complete = completeProfile(p);
        return { ...complete, administrator: { ...complete.administrator, mobile: '12345' } };
      },
      Date.now(),
    ),
  );
  render(<PreflightPage id={id} />);
  const row = screen.getByTestId('problem-blocking-administrator.mobile');
  expect(row.textContent).toContain('管理员手机号');
  expect(row.textContent).toContain('手机号应为 11 位，现在 5 位');
  fireEvent.click(row);
  expect(taroCalls.find((c) => c.api === 'navigateTo')?.args).toEqual({
    url: `/pages/profile/index?id=${id}&field=administrator.mobile`,
  });
  expect(screen.queryByTestId('preflight-clear')).toBeNull();
});

test('pre-flight shows a clear all-clear state, keeping warnings visible', () => {
  const id = seedFiling();
  act(() => useAppStore.getState().updateProfile(id, (p) => ({ ...completeProfile(p), province: '44' }), Date.now()));
  render(<PreflightPage id={id} />);
  expect(screen.getByTestId('preflight-clear').textContent).toContain('全部通过');
  expect(screen.getByTestId('problem-warning-province').textContent).toContain('备案省份须与证件地址一致');
});

test('pre-flight for an unknown filing is friendly', () => {
  render(<PreflightPage id='gone' />);
  expect(screen.getByText('这个备案项目已不存在')).toBeTruthy();
});

test('help carries the guide notes and FAQ in both languages', () => {
  const { unmount } = render(<HelpPage id='x' />);
  for (const text of [
    '收不到激活邮件时，请查看垃圾邮件。',
    '管理员信息必须填写，提交后不能修改。',
    '不建议跨省备案。个人主体跨省备案需提供暂住证或社保证明。',
  ]) {
    expect(screen.getByText(text)).toBeTruthy();
  }
  expect(screen.getByText(/通常一周内/)).toBeTruthy();
  unmount();
  resetJourneyStore('en');
  render(<HelpPage id='x' />);
  expect(screen.getByText(/keep the filing phone reachable: a confirmation call may come/)).toBeTruthy();
  expect(screen.getByText(/appears under "More Info" of the mini program automatically/)).toBeTruthy();
  expect(screen.getByText(/Choose "none of the above" only if none of the industries below applies/)).toBeTruthy();
  expect(screen.getByText(/Online car-hailing: Online car-hailing business licence/)).toBeTruthy();
});

test('every code the journey can show has a message in both languages', () => {
  const keys: string[] = [
    ...STEP_IDS.flatMap((s) => [`step.${s}.title`, `step.${s}.body`]),
    // Every wording a profile's own timeline uses (an individual's, the bank-transfer route…).
    ...ENTITY_TYPES.flatMap((type) =>
      (['bank-transfer', 'wechat-verification', null] as const).flatMap((method) =>
        journeyStepsFor({ entityType: type, publishedBeforeSept2023: false }, method)
          .filter((d) => d.variant)
          .flatMap((d) => [`step.${d.id}.${d.variant}.title`, `step.${d.id}.${d.variant}.body`]),
      ),
    ),
    ...ENTITY_TYPES.map((type) => `entity.${type}`),
    ...ENTITY_TYPES.map((type) => `profile.note.${type}`),
    ...PROFILE_FIELDS.map((f) => `field.${f}`),
    ...PREFLIGHT_CODES.map((c) => `problem.${c}`),
    ...MATERIAL_IDS.map((m) => `material.${m}`),
    ...MATERIAL_REASON_CODES.map((r) => `reason.${r}`),
    ...FILING_NUMBER_REASONS.map((r) => `filingNumber.${r}`),
    ...VALIDATION_REASONS.filter((r) => r !== 'empty').flatMap((r) => [
      `invalid.id.${r}`,
      `invalid.credit.${r}`,
      `invalid.mobile.${r}`,
      `invalid.email.${r}`,
    ]),
  ];
  const idReasons = ['charset', 'length', 'region', 'birth-date', 'future-birth-date', 'checksum'];
  const creditReasons = ['charset', 'length', 'region', 'checksum', 'authority'];
  const mobileReasons = ['charset', 'length', 'format'];
  const emailReasons = ['length', 'format'];
  const expected = keys.filter((k) => {
    const m = /^invalid\.(\w+)\.(.+)$/.exec(k);
    if (!m) return true;
    const table = { id: idReasons, credit: creditReasons, mobile: mobileReasons, email: emailReasons }[m[1] as 'id'];
    return table.includes(m[2] ?? '');
  });
  const missing = expected.filter((k) => !(k in messages['zh-CN']) || !(k in messages.en));
  expect(missing).toEqual([]);
  expect(messages.en['status.rejected' as MessageKey]).toBe('Rejected');
});

test('pre-flight counts the entity’s other filings against its cap (50 for an enterprise)', () => {
  const ids = Array.from({ length: 51 }, (_, i) => seedFiling(`小程序${i}`, `filing${i}`));
  act(() => {
    for (const id of ids) useAppStore.getState().updateProfile(id, completeProfile, Date.now());
  });
  render(<PreflightPage id={present(ids[0], 'the first filing')} />);
  expect(screen.getByText('该主体在本机已有 50 个备案项目，已达上限 50 个')).toBeTruthy();
  expect(screen.getByTestId('preflight-cap').textContent).toBe(
    '该主体在本机的备案项目：50 个（含本项目 51 个，上限 50 个）',
  );
});

test('pre-flight does not count filings of other entities', () => {
  const ids = Array.from({ length: 51 }, (_, i) => seedFiling(`小程序${i}`, `filing${i}`));
  act(() => useAppStore.getState().updateProfile(present(ids[0], 'the first filing'), completeProfile, Date.now()));
  render(<PreflightPage id={present(ids[0], 'the first filing')} />);
  expect(screen.queryByText(/已达上限/)).toBeNull();
});

test('individuals are counted too: 5 per person, by their ID document', () => {
  const ids = Array.from({ length: 6 }, (_, i) => seedFiling(`个人${i}`, `person${i}`));
  act(() => {
    for (const id of ids) {
      useAppStore
        .getState()
        .updateProfile(id, (p) => ({ ...p, ...personalProfile({ commitmentLetterDate: today() }) }), Date.now());
    }
  });
  render(<PreflightPage id={present(ids[0], 'the first filing')} />);
  expect(screen.getByText('该主体在本机已有 5 个备案项目，已达上限 5 个')).toBeTruthy();
});

test('pre-flight lists the common rejection reasons, flagging those this filing shows', () => {
  const id = seedFiling();
  act(() =>
    useAppStore.getState().updateProfile(id, (p) => ({ ...completeProfile(p), address: '文三路附近' }), Date.now()),
  );
  render(<PreflightPage id={id} />);
  const reminders = screen.getByTestId('preflight-reminders');
  expect(reminders.textContent).toContain('名称与主体的经营范围无关');
  expect(reminders.textContent).toContain('证件即将过期');
  expect(screen.getByTestId('reminder-address').getAttribute('data-flagged')).toBe('yes');
  expect(screen.getByTestId('reminder-name-scope').getAttribute('data-flagged')).toBe('no');
});
