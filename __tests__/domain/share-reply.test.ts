import fc from 'fast-check';
import { translate, type Locale } from '@/i18n';
import { newFilingRecord, type FilingRecord } from '@/domain/filing-record';
import { decodeReply, encodeReply, replyTo, type ReplyData } from '@/domain/share-card';
import { buildCardData } from '@/domain/share-card-builder';
import {
  ID_PHOTOS_NOTE_STEP,
  REPLY_CLOCK_SKEW_MS,
  applyReplyPlan,
  findFiling,
  planReply,
  replyPlanChanges,
  withNoteLine,
} from '@/domain/share-reply';
import { idPhotosNoteLine, replyPlanText, type ReplyTranslate } from '@/domain/share-reply-text';
import { SMS_WINDOW_MS, emptyTrack, type SmsCycle, type SmsTrack } from '@/domain/sms-window';
import { present } from '../support/present';

const NOW = Date.UTC(2026, 10, 26, 6, 0, 0); // 2026-11-26 14:00 China time
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const ID = 'Abc123XYZ789';
const OLD_ROUND = 'RoundOld0001';
const ROUND = 'RoundNow0001';

const tr =
  (locale: Locale): ReplyTranslate =>
  (key, params) =>
    translate(locale, key, params);
const zh = tr('zh-CN');
const en = tr('en');

function track(receivedAt: number | null, extra: Partial<SmsTrack> = {}): SmsTrack {
  return {
    ...emptyTrack('legal-representative'),
    receivedAt,
    deadline: receivedAt === null ? null : receivedAt + SMS_WINDOW_MS,
    ...extra,
  };
}

function round(id: string, startedAt: number, tracks: SmsTrack[], outcome: SmsCycle['outcome'] = 'open'): SmsCycle {
  return { id, startedAt, tracks, outcome };
}

/** A filing whose current round (ROUND) started 3 hours ago and whose SMS came at `receivedAt`. */
function filing(receivedAt: number | null = NOW - 2 * HOUR, earlier: SmsCycle[] = []): FilingRecord {
  const record = newFilingRecord(ID, '我的备案', NOW - 20 * DAY);
  record.profile.entityName = '杭州青禾科技有限公司';
  record.smsCycles = [...earlier, round(ROUND, NOW - 3 * HOUR, [track(receivedAt)])];
  return record;
}
const filings = (record: FilingRecord) => ({ [record.id]: record });

/** The old round of a filing resubmitted since: 10 days ago, expired. */
const OLD = round(OLD_ROUND, NOW - 10 * DAY, [track(NOW - 10 * DAY + HOUR)], 'expired');

function reply(at: number, overrides: Partial<ReplyData> = {}): ReplyData {
  return {
    filingId: ID,
    roundId: ROUND,
    cardCreatedAt: NOW - 90 * MIN,
    verifier: 'legal-representative',
    action: 'sms-verified',
    at,
    ...overrides,
  };
}

describe('finding 1: a reply is bound to its round', () => {
  test("a 9-day-old reply (for the earlier round) leaves today's running countdown alone", () => {
    const record = filing(NOW - 2 * HOUR, [OLD]);
    const old = reply(NOW - 9 * DAY, { roundId: OLD_ROUND, cardCreatedAt: NOW - 9 * DAY - HOUR });
    const plan = planReply(filings(record), old, NOW);
    expect(plan).toEqual({ kind: 'earlier-round', cardCreatedAt: NOW - 9 * DAY - HOUR, roundStartedAt: OLD.startedAt });
    expect(replyPlanChanges(plan)).toBe(false);
    expect(applyReplyPlan(record, plan, '')).toBeNull();
    expect(replyPlanText(plan, NOW, zh)).toBe(
      '这条回复属于较早的一轮短信核验（11月17日 13:00 的任务卡），之后已重新提交过。没有做任何修改。',
    );
    expect(replyPlanText(plan, NOW, en)).toBe(
      'This reply is for an earlier round, from 11-17 13:00; the filing was resubmitted since. Nothing was changed.',
    );
  });

  test('a 9-day-old time on a reply naming the current round is refused as implausible', () => {
    const plan = planReply(filings(filing()), reply(NOW - 9 * DAY), NOW);
    expect(plan.kind).toBe('implausible-time');
    expect(replyPlanText(plan, NOW, zh)).toContain('11月17日 14:00');
  });

  test('an expired window does not become verified by an old reply, nor by one past the deadline', () => {
    const record = filing(NOW - 30 * HOUR, [OLD]);
    present(record.smsCycles[1], 'the second round').startedAt = NOW - 31 * HOUR;
    expect(planReply(filings(record), reply(NOW - 9 * DAY, { roundId: OLD_ROUND }), NOW).kind).toBe('earlier-round');
    const late = planReply(filings(record), reply(NOW - 5 * HOUR, { cardCreatedAt: NOW - 30 * HOUR }), NOW);
    expect(late).toEqual({
      kind: 'refused',
      verifier: 'legal-representative',
      reason: 'window-already-closed',
      deadline: NOW - 6 * HOUR,
    });
    expect(replyPlanText(late, NOW, zh)).toContain('11月26日 08:00');
    // Settled as expired: nothing can reopen it.
    present(record.smsCycles[1], 'the second round').outcome = 'expired';
    const closed = planReply(filings(record), reply(NOW - 7 * HOUR, { cardCreatedAt: NOW - 30 * HOUR }), NOW);
    expect(closed).toEqual({ kind: 'round-closed', cardCreatedAt: NOW - 30 * HOUR, outcome: 'expired' });
  });

  test('with no round in the app a reply creates none: it names a round this filing does not have', () => {
    const record = filing();
    record.smsCycles = [];
    const plan = planReply(filings(record), reply(NOW - 9 * DAY), NOW);
    expect(plan).toEqual({ kind: 'foreign-round', cardCreatedAt: NOW - 90 * MIN });
    expect(applyReplyPlan(record, plan, '')).toBeNull();
    expect(replyPlanText(plan, NOW, zh)).toContain('没有做任何修改');
  });

  test("a phone clock 15 minutes fast is no false 'window closed': the time is kept within the window", () => {
    const deadline = NOW - 12 * MIN;
    const record = filing(deadline - SMS_WINDOW_MS);
    present(record.smsCycles[0], 'the round').startedAt = deadline - SMS_WINDOW_MS - HOUR;
    // Verified 5 minutes before the deadline by the true clock; the phone says 15 minutes later.
    const fast = reply(deadline + 10 * MIN, { cardCreatedAt: deadline - 2 * HOUR });
    const plan = planReply(filings(record), fast, NOW);
    expect(plan).toMatchObject({
      kind: 'verify-sms',
      before: 'expired',
      at: deadline + 10 * MIN,
      verifiedAt: deadline,
    });
    expect(replyPlanText(plan, NOW, zh)).toBe(
      '法人的短信核验：已超时 → 已核验（11月26日 13:48）。回复里的时间是 11月26日 13:58，晚于截止时间或这台手机的时间，应是对方手机时间偏快，按 11月26日 13:48 记录。',
    );
    // Beyond the tolerance it is refused.
    const tooLate = reply(deadline + REPLY_CLOCK_SKEW_MS + 1, { cardCreatedAt: deadline - 2 * HOUR });
    expect(planReply(filings(record), tooLate, NOW + HOUR).kind).toBe('refused');
  });

  test("a reply from a phone clock ahead of this one is recorded at this phone's time, never in its future", () => {
    const plan = planReply(filings(filing()), reply(NOW + 20 * MIN), NOW);
    expect(plan).toMatchObject({ kind: 'verify-sms', at: NOW + 20 * MIN, verifiedAt: NOW });
    expect(planReply(filings(filing()), reply(NOW + REPLY_CLOCK_SKEW_MS + 1), NOW).kind).toBe('implausible-time');
  });

  test('a phone clock behind: a reply shortly "before" the card or the SMS is accepted, at the SMS time at the earliest', () => {
    const record = filing(NOW - 2 * HOUR);
    const slow = reply(NOW - 2 * HOUR - 20 * MIN, { cardCreatedAt: NOW - 2 * HOUR });
    expect(planReply(filings(record), slow, NOW)).toMatchObject({ kind: 'verify-sms', verifiedAt: NOW - 2 * HOUR });
    const beforeSms = reply(NOW - 2 * HOUR - REPLY_CLOCK_SKEW_MS - 1, { cardCreatedAt: NOW - 2 * HOUR - 40 * MIN });
    expect(planReply(filings(record), beforeSms, NOW).kind).toBe('implausible-time');
  });

  test("the confirm screen gives the reply time with its full date (and the year when it is not this year's)", () => {
    const plan = planReply(filings(filing()), reply(NOW - 30 * MIN), NOW);
    expect(replyPlanText(plan, NOW, zh)).toBe('法人的短信核验：倒计时中 → 已核验（11月26日 13:30）');
    expect(replyPlanText(plan, NOW, en)).toBe('SMS of the legal representative: counting → verified at 11-26 13:30');
    const nextYear = Date.UTC(2027, 0, 2, 6);
    expect(replyPlanText(plan, nextYear, zh)).toBe('法人的短信核验：倒计时中 → 已核验（2026年11月26日 13:30）');
  });
});

describe('bound replies', () => {
  test('a fresh reply verifies the track of its round at the reply time; the input is untouched', () => {
    const record = filing(NOW - 2 * HOUR, [OLD]);
    const plan = planReply(filings(record), reply(NOW - 30 * MIN), NOW);
    expect(plan.kind).toBe('verify-sms');
    if (plan.kind !== 'verify-sms') return;
    expect(plan.cycles[0]).toBe(record.smsCycles[0]);
    expect(plan.cycles[1]?.tracks[0]).toEqual({ ...record.smsCycles[1]?.tracks[0], verifiedAt: NOW - 30 * MIN });
    expect(record.smsCycles[1]?.tracks[0]?.verifiedAt).toBeNull();
    expect(applyReplyPlan(record, plan, '')?.smsCycles).toBe(plan.cycles);
  });

  test('a reply to a card made from the app verifies exactly that round', () => {
    const record = filing();
    const card = buildCardData(record, '', NOW - 90 * MIN);
    const decoded = decodeReply(encodeReply(replyTo(card, 'sms-verified', NOW - 20 * MIN)));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.card.roundId).toBe(ROUND);
    expect(planReply(filings(record), decoded.card, NOW).kind).toBe('verify-sms');
  });

  test('a duplicate changes nothing and says when it was recorded', () => {
    const record = filing();
    const first = planReply(filings(record), reply(NOW - 30 * MIN), NOW);
    const after = applyReplyPlan(record, first, '') as FilingRecord;
    const again = planReply(filings(after), reply(NOW - 10 * MIN), NOW);
    expect(again).toEqual({ kind: 'already-verified', verifier: 'legal-representative', verifiedAt: NOW - 30 * MIN });
    expect(replyPlanText(again, NOW, zh)).toBe('法人已在 11月26日 13:30 记为已核验，不需要修改。');
  });

  test('a foreign round, another filing, a verifier outside the round, a locked track: nothing changes', () => {
    const record = filing();
    expect(planReply(filings(record), reply(NOW, { roundId: 'SomeoneElse1' }), NOW).kind).toBe('foreign-round');
    expect(planReply(filings(record), reply(NOW, { filingId: 'Zz9yXw8vUt7s' }), NOW)).toEqual({
      kind: 'unknown-filing',
    });
    expect(planReply(filings(record), reply(NOW, { verifier: 'person-in-charge' }), NOW)).toEqual({
      kind: 'not-in-round',
      verifier: 'person-in-charge',
    });
    present(record.smsCycles[0]?.tracks[0], 'the track').wrongEntries = 6;
    expect(planReply(filings(record), reply(NOW), NOW)).toMatchObject({ kind: 'refused', reason: 'locked' });
  });

  test("a card time before its round began, or after this phone's time, is implausible", () => {
    const record = filing();
    expect(planReply(filings(record), reply(NOW, { cardCreatedAt: NOW - 4 * HOUR }), NOW).kind).toBe(
      'implausible-time',
    );
    expect(planReply(filings(record), reply(NOW, { cardCreatedAt: NOW + 10 * MIN }), NOW).kind).toBe(
      'implausible-time',
    );
  });

  test('ID photos sent: a dated note for any round of the filing, once', () => {
    const record = filing(NOW - 2 * HOUR, [OLD]);
    const photos = reply(NOW - 9 * DAY, {
      action: 'id-photos-sent',
      roundId: OLD_ROUND,
      cardCreatedAt: NOW - 9 * DAY - HOUR,
    });
    const line = idPhotosNoteLine(photos, zh);
    expect(line).toBe('法人已于 2026年11月17日 14:00 发来身份证照片');
    const plan = planReply(filings(record), photos, NOW, line);
    expect(plan).toEqual({ kind: 'id-photos-sent', verifier: 'legal-representative', at: NOW - 9 * DAY });
    const after = applyReplyPlan(record, plan, line) as FilingRecord;
    expect(after.steps[ID_PHOTOS_NOTE_STEP]).toEqual({ ...record.steps[ID_PHOTOS_NOTE_STEP], note: line });
    expect(after.smsCycles).toBe(record.smsCycles);
    const again = planReply(filings(after), photos, NOW, line);
    expect(again.kind).toBe('already-noted');
    expect(replyPlanText(again, NOW, zh)).toBe('法人于 11月17日 14:00 发来身份证照片，这件事已经记下了，不需要修改。');
  });

  test('withNoteLine adds a line once', () => {
    expect(withNoteLine('', 'a')).toBe('a');
    expect(withNoteLine('x', 'a')).toBe('x\na');
    expect(withNoteLine('x\na', 'a')).toBe('x\na');
    expect(withNoteLine('x', '')).toBe('x');
  });
});

describe('finding 4: ids named like Object.prototype members', () => {
  const names = Object.getOwnPropertyNames(Object.prototype);

  test.each(names)('a reply for filing "%s" finds no filing and throws nothing', (name) => {
    const map = filings(filing());
    expect(findFiling(map, name)).toBeUndefined();
    expect(planReply(map, reply(NOW, { filingId: name }), NOW)).toEqual({ kind: 'unknown-filing' });
    expect(planReply({}, reply(NOW, { filingId: name }), NOW)).toEqual({ kind: 'unknown-filing' });
  });

  test('the names a share id can take still travel, and still find nothing', () => {
    const travelling = names.filter((name) => /^[A-Za-z0-9_-]{10,16}$/.test(name));
    expect(travelling).toEqual(
      expect.arrayContaining(['constructor', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', '__defineGetter__']),
    );
    for (const name of travelling) {
      const decoded = decodeReply(encodeReply(reply(NOW, { filingId: name, roundId: name })));
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(planReply(filings(filing()), decoded.card, NOW).kind).toBe('unknown-filing');
    }
  });

  test('a filing that really is named "constructor" is found', () => {
    const record = { ...filing(), id: 'constructor' };
    expect(findFiling({ constructor: record }, 'constructor')).toBe(record);
  });
});

describe('any reply', () => {
  test('never throws, and only a verification of the named round (within its window) or a photo note changes anything', () => {
    const record = filing(NOW - 2 * HOUR, [OLD]);
    const arb = fc.record({
      filingId: fc.constantFrom(ID, 'Zz9yXw8vUt7s', 'constructor'),
      roundId: fc.constantFrom(ROUND, OLD_ROUND, 'SomeoneElse1'),
      cardCreatedAt: fc.integer({ min: NOW - 12 * DAY, max: NOW + DAY }),
      verifier: fc.constantFrom('legal-representative' as const, 'person-in-charge' as const),
      action: fc.constantFrom('sms-verified' as const, 'id-photos-sent' as const),
      at: fc.integer({ min: NOW - 12 * DAY, max: NOW + DAY }),
    });
    fc.assert(
      fc.property(arb, (r) => {
        const plan = planReply(filings(record), r, NOW, 'line');
        const after = applyReplyPlan(record, plan, 'line');
        if (plan.kind === 'verify-sms') {
          const t = record.smsCycles[1]?.tracks[0];
          const changed = plan.cycles[1]?.tracks[0];
          expect(r.roundId).toBe(ROUND);
          expect(plan.cycles[0]).toBe(record.smsCycles[0]);
          expect(changed?.verifiedAt).toBeGreaterThanOrEqual(t?.receivedAt as number);
          expect(changed?.verifiedAt).toBeLessThanOrEqual(Math.min(NOW, t?.deadline as number));
        } else if (plan.kind !== 'id-photos-sent') {
          expect(after).toBeNull();
        }
        expect(typeof replyPlanText(plan, NOW, zh)).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });
});
