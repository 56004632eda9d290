import { emptyPerson } from '@/domain/filing';
import { translate, type Locale } from '@/i18n';
import { newFilingRecord, type FilingRecord } from '@/domain/filing-record';
import { cardPath, decodeCard, encodeCard, replyPath, encodeReply, replyTo } from '@/domain/share-card';
import {
  buildCardData,
  cardLines,
  cardRound,
  cardText,
  chinaClock,
  scrubIdentifiers,
  senderNameImpersonates,
  senderNameProblem,
  shareTitle,
  smsTaskOf,
  type Translate,
} from '@/domain/share-card-builder';
import { seededRandom } from '@/domain/random-id';
import { openRoundForCard } from '@/domain/share-reply';
import { newCycle, startTrack, SMS_WINDOW_MS } from '@/domain/sms-window';
import { present } from '../support/present';

const NOW = Date.UTC(2026, 10, 26, 6, 0, 0); // 2026-11-26 14:00 China time
const HOUR = 3_600_000;
const trFor =
  (locale: Locale): Translate =>
  (key, params) =>
    translate(locale, key, params);
const zh = trFor('zh-CN');
const en = trFor('en');
/** The id a share page would give the first round of a filing that has none. */
const PENDING = 'PendRound123';

function filing(id = 'Abc123XYZ789'): FilingRecord {
  const record = newFilingRecord(id, '我的备案', NOW - 10 * 24 * HOUR);
  record.profile.entityName = '杭州青禾科技有限公司';
  record.profile.miniProgramName = '青禾备忘';
  return record;
}

/** A filing whose legal representative's SMS came at `receivedAt`. */
function withSms(record: FilingRecord, receivedAt: number): FilingRecord {
  const cycle = newCycle(['legal-representative'], receivedAt - HOUR, seededRandom(receivedAt));
  const started = startTrack(present(cycle.tracks[0], "the new round's track"), receivedAt, receivedAt);
  if (!started.ok) throw new Error('track did not start');
  return { ...record, smsCycles: [{ ...cycle, tracks: [started.track] }] };
}

describe('buildCardData', () => {
  test('carries company, mini program, sender, progress and a waiting SMS for a fresh filing', () => {
    const card = buildCardData(filing(), '小王', NOW, 'legal-representative', PENDING);
    expect(card).toEqual({
      filingId: 'Abc123XYZ789',
      roundId: PENDING,
      company: '杭州青禾科技有限公司',
      miniProgram: '青禾备忘',
      sender: '小王',
      createdAt: NOW,
      tasks: { idPhotos: 'todo', sms: 'waiting', smsDeadline: null },
      progress: { done: 0, total: 18 },
      verifier: 'legal-representative',
    });
    expect(decodeCard(encodeCard(card))).toEqual({ ok: true, card });
  });

  test('without a round and without a pending id there is no card: a reply would have no round to name', () => {
    expect(() => buildCardData(filing(), '', NOW)).toThrow(RangeError);
  });

  test('names the latest round, open or not, and ignores a pending id then', () => {
    const record = withSms(filing(), NOW - 2 * HOUR);
    const round = cardRound(record);
    expect(buildCardData(record, '', NOW, 'legal-representative', PENDING).roundId).toBe(round?.id);
    const settled = {
      ...record,
      smsCycles: [{ ...present(record.smsCycles[0], 'the round'), outcome: 'expired' as const }],
    };
    expect(buildCardData(settled, '', NOW).roundId).toBe(round?.id);
  });

  test('a running SMS window gives counting with its deadline; verified and expired follow the track', () => {
    const received = NOW - 2 * HOUR;
    const counting = buildCardData(withSms(filing(), received), '', NOW);
    expect(counting.tasks).toEqual({ idPhotos: 'todo', sms: 'counting', smsDeadline: received + SMS_WINDOW_MS });

    const expired = buildCardData(withSms(filing(), received), '', received + SMS_WINDOW_MS + 1);
    expect(expired.tasks.sms).toBe('expired');
    expect(expired.tasks.smsDeadline).toBe(received + SMS_WINDOW_MS);

    const record = withSms(filing(), received);
    present(record.smsCycles[0]?.tracks[0], 'the SMS track').verifiedAt = NOW - HOUR;
    expect(buildCardData(record, '', NOW).tasks).toEqual({ idPhotos: 'todo', sms: 'verified', smsDeadline: null });
  });

  test('ID photos count as provided when both sides are stored or ticked off', () => {
    const record = filing();
    record.photos['legal-rep-id-front'] = {
      file: 'wxfile://usr/front.jpg',
      width: 1,
      height: 1,
      takenAt: NOW,
      problems: [],
      sharpness: 1,
    };
    expect(buildCardData(record, '', NOW, 'legal-representative', PENDING).tasks.idPhotos).toBe('todo');
    record.marks['legal-rep-id-back'] = { done: true, at: NOW };
    expect(buildCardData(record, '', NOW, 'legal-representative', PENDING).tasks.idPhotos).toBe('done');
  });

  test('falls back to the filing name without a company name, and drops a sender name holding a phone number', () => {
    const record = filing();
    record.profile.entityName = '';
    const card = buildCardData(record, '王 13800138000', NOW, 'legal-representative', PENDING);
    expect(card.company).toBe('我的备案');
    expect(card.sender).toBe('');
  });

  test('edge cases: long names are cut to the byte limits and the card still encodes within 512 bytes of path', () => {
    const record = filing();
    record.profile.entityName = '长'.repeat(80);
    record.profile.miniProgramName = '名'.repeat(40);
    const card = buildCardData(record, '显'.repeat(16), NOW, 'legal-representative', PENDING);
    expect(card.company).toBe('长'.repeat(50));
    expect(card.miniProgram).toBe('名'.repeat(30));
    expect(card.sender).toBe('显'.repeat(16));
    expect(cardPath(encodeCard(card)).length).toBeLessThanOrEqual(512);
  });
});

describe('scrubIdentifiers / cardText / senderNameProblem', () => {
  test('removes digit runs of 5 or more (with separators) and emails, keeps short numbers', () => {
    expect(scrubIdentifiers('青禾 2024 科技 138-0013-8000 a@b.cn')).toBe('青禾 2024 科技');
    expect(scrubIdentifiers('（北京）１３８００１３８０００号')).toBe('（北京） 号');
    expect(cardText('13800138000', 150)).toBe('');
    expect(scrubIdentifiers('Qinghe Tech 91350100M000100Y43 v2.0')).toBe('Qinghe Tech v2.0');
  });

  test('sender names', () => {
    expect(senderNameProblem('')).toBeNull();
    expect(senderNameProblem('小王')).toBeNull();
    expect(senderNameProblem('小王 2046')).toBeNull();
    expect(senderNameProblem('王 138 0013 8000')).toBe('personal-identifier');
    expect(senderNameProblem('wang@example.com')).toBe('personal-identifier');
    expect(senderNameProblem('一二三四五六七八九十一二三四五六七')).toBe('too-long');
  });

  test.each(['138–0013–8000', '138—0013—8000', '138‐0013‐8000', '138/0013/8000', '138_0013_8000', '138·0013·8000'])(
    'a sender name %s is a personal identifier and never reaches the card or its path (finding 2)',
    (name) => {
      expect(senderNameProblem(name)).toBe('personal-identifier');
      const card = buildCardData(filing(), name, NOW, 'legal-representative', PENDING);
      expect(card.sender).toBe('');
      expect(cardPath(encodeCard(card))).not.toMatch(/138|0013|8000/);
    },
  );

  test('a sender name split by zero-width spaces is refused too, and never reaches the card', () => {
    const name = '138\u200b0013\u200b8000';
    expect(senderNameProblem(name)).toBe('personal-identifier');
    expect(buildCardData(filing(), name, NOW, 'legal-representative', PENDING).sender).toBe('');
  });

  test('a sender posing as an official body or a link never reaches the card (finding 3)', () => {
    for (const name of [
      '工信部备案中心',
      '工 信 部',
      '12381',
      'MIIT 备案',
      '微信团队',
      'beian-miit.cn',
      'www.qq.com',
    ]) {
      expect([name, senderNameImpersonates(name)]).toEqual([name, true]);
      expect(buildCardData(filing(), name, NOW, 'legal-representative', PENDING).sender).toBe('');
    }
    for (const name of ['小王', 'Wang', '青禾-王工']) expect(senderNameImpersonates(name)).toBe(false);
  });

  test('a link in the company or mini program name does not reach the card through the app (finding 3)', () => {
    const record = filing();
    record.profile.entityName = '杭州青禾科技有限公司 https://beian-miit.gov.cn.verify.example.com/sms';
    record.profile.miniProgramName = '青禾备忘 www.qinghe.top';
    const card = buildCardData(record, '', NOW, 'legal-representative', PENDING);
    expect(card.company).toBe('杭州青禾科技有限公司');
    expect(card.miniProgram).toBe('青禾备忘');
    expect(cardText('beian。miit。gov。cn 核验', 150)).toBe('核验');
  });

  test('no part of an ID number survives in the company name, whatever separates its groups (finding 2)', () => {
    for (const sep of ['–', '—', '‐', '/', '_', '·', '\u200b', ' ', '.']) {
      const record = filing();
      record.profile.entityName = `杭州青禾科技 ${['1101', '0119', '9003', '0745', '14'].join(sep)}`;
      const company = buildCardData(record, '', NOW, 'legal-representative', PENDING).company;
      expect([sep, company]).toEqual([sep, '杭州青禾科技']);
    }
  });
});

describe('shareTitle and cardLines', () => {
  test('while the SMS window counts the title names the deadline in China time', () => {
    const received = NOW - 2 * HOUR; // deadline 2026-11-27 12:00 China time
    const card = buildCardData(withSms(filing(), received), '', NOW);
    expect(chinaClock(received + SMS_WINDOW_MS)).toBe('12:00');
    const title = shareTitle(card, NOW);
    expect(zh(title.key, title.params)).toBe('请在 12:00 前完成备案短信核验');
    expect(en(title.key, title.params)).toBe('Verify the filing SMS before 12:00 (China time)');
  });

  test('otherwise the title is the next task', () => {
    const card = buildCardData(filing(), '', NOW, 'legal-representative', PENDING);
    expect(shareTitle(card, NOW).key).toBe('share.title.idPhotos');
    const photosDone = { ...card, tasks: { ...card.tasks, idPhotos: 'done' as const } };
    expect(shareTitle(photosDone, NOW).key).toBe('share.title.smsSoon');
    expect(shareTitle({ ...photosDone, tasks: { ...photosDone.tasks, sms: 'verified' } }, NOW).key).toBe(
      'share.title.allDone',
    );
    const counting = buildCardData(withSms(filing(), NOW - 2 * HOUR), '', NOW);
    expect(shareTitle(counting, NOW + SMS_WINDOW_MS).key).toBe('share.title.smsExpired');
  });

  test('the image lines name company, mini program, headline, deadline, both tasks, progress and sender', () => {
    const card = buildCardData(withSms(filing(), NOW - 2 * HOUR), '', NOW);
    const lines = cardLines(card, NOW, zh);
    expect(lines.map((line) => line.role)).toEqual([
      'brand',
      'company',
      'mini-program',
      'headline',
      'deadline',
      'task',
      'task',
      'progress',
      'footer',
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      '备案任务卡 · 备案助手',
      '杭州青禾科技有限公司',
      '小程序：青禾备忘',
      '请在 12:00 前完成备案短信核验',
      '截止 11月27日 12:00（北京时间）',
      '身份证正反面照片：待提供',
      '短信核验：24 小时倒计时中',
      '总进度 0/18',
      '管理员 发送于 11月26日 14:00',
    ]);
    expect(cardLines(card, NOW, en).at(-1)?.text).toBe('Sent by The administrator on 11-26 14:00');
  });
});

describe('what the card never carries', () => {
  const ID_NUMBER = '11010519491231002X';
  const CREDIT_CODE = '91350100M000100Y43';
  const ADMIN_MOBILE = '13800138000';
  const PIC_MOBILE = '13912345678';
  const EMERGENCY = '15098765432';
  const EMAIL = 'wang.admin@qinghe-tech.cn';
  const BANK = '6222020200112233445';
  const LEGAL_REP = '李建国';
  const ADMIN = '王晓明';

  function pii(): FilingRecord {
    const record = withSms(filing(), NOW - HOUR);
    const p = record.profile;
    p.entityName = `杭州青禾科技有限公司 ${CREDIT_CODE}`;
    p.miniProgramName = `青禾备忘 ${ADMIN_MOBILE}`;
    p.certificateNumber = CREDIT_CODE;
    p.registrationEmail = EMAIL;
    p.emergencyMobile = EMERGENCY;
    p.entityPrincipal = {
      ...emptyPerson(),
      name: LEGAL_REP,
      idNumber: ID_NUMBER,
      idValidFrom: '2020-01-01',
      idLongTerm: true,
      mobile: ADMIN_MOBILE,
      email: EMAIL,
    };
    p.administrator = { ...emptyPerson(), name: ADMIN, mobile: ADMIN_MOBILE, email: EMAIL };
    p.miniProgramPrincipalRole = 'someone-else';
    p.miniProgramPrincipal = {
      ...emptyPerson(),
      name: ADMIN,
      idNumber: '110105199003071234',
      mobile: PIC_MOBILE,
    };
    p.certificateAddress = `杭州市西湖区 ${PIC_MOBILE}`;
    p.address = `文三路 ${EMERGENCY}`;
    p.bankReady = true;
    p.bankLast4 = BANK.slice(-4);
    p.serviceDescription = `联系 ${EMAIL} ${BANK}`;
    record.name = `备案 ${ID_NUMBER}`;
    record.photos['legal-rep-id-front'] = {
      file: 'wxfile://usr/photos/legal-rep-id-front.jpg',
      width: 1,
      height: 1,
      takenAt: NOW,
      problems: [],
      sharpness: 1,
    };
    return record;
  }

  /** Every 6-character run of digits-and-letters of the secret (X included) and the secret itself. */
  function pieces(secret: string): string[] {
    const compact = secret.replace(/[^0-9A-Za-z@.]/g, '');
    const out = new Set<string>([secret]);
    for (let i = 0; i + 6 <= compact.length; i++) {
      const piece = compact.slice(i, i + 6);
      if (/\d{6}/.test(piece)) out.add(piece);
    }
    return [...out];
  }

  test('code, share path, title and image texts hold no identifier nor any 6-digit run of one', () => {
    const record = pii();
    const card = buildCardData(record, `王 ${ADMIN_MOBILE}`, NOW);
    const code = encodeCard(card);
    const reply = replyTo(card, 'sms-verified', NOW);
    const texts: string[] = [code, cardPath(code), replyPath(encodeReply(reply)), JSON.stringify(card)];
    for (const tr of [zh, en]) {
      const title = shareTitle(card, NOW);
      texts.push(tr(title.key, title.params));
      texts.push(...cardLines(card, NOW, tr).map((line) => line.text));
    }
    const haystack = texts.join('\n');
    const secrets = [ID_NUMBER, CREDIT_CODE, ADMIN_MOBILE, PIC_MOBILE, EMERGENCY, EMAIL, BANK, '110105199003071234'];
    for (const secret of secrets) {
      for (const piece of pieces(secret)) expect(haystack).not.toContain(piece);
    }
    for (const name of [LEGAL_REP, ADMIN]) expect(haystack).not.toContain(name);
    expect(haystack).not.toMatch(/wxfile|photos\//);
    // No 6-digit run at all, whatever its source.
    for (const text of texts.slice(4)) expect(text).not.toMatch(/\d{6}/);
    // The useful content survives.
    expect(card.company).toBe('杭州青禾科技有限公司');
    expect(card.miniProgram).toBe('青禾备忘');
  });
});

describe('the round a shared card opens', () => {
  test('a filing without a round gets one open round named by the card, at the card time; one with a round keeps it', () => {
    const record = filing();
    // The administrator (the default mini program principal) is another person: two tracks.
    record.profile.miniProgramPrincipalRole = 'administrator';
    const cycles = openRoundForCard(record, PENDING, NOW);
    expect(cycles).toEqual([
      {
        id: PENDING,
        startedAt: NOW,
        outcome: 'open',
        tracks: [
          { verifier: 'legal-representative', receivedAt: null, deadline: null, verifiedAt: null, wrongEntries: 0 },
          { verifier: 'person-in-charge', receivedAt: null, deadline: null, verifiedAt: null, wrongEntries: 0 },
        ],
      },
    ]);
    const withRound = withSms(filing(), NOW - HOUR);
    expect(openRoundForCard(withRound, PENDING, NOW)).toBe(withRound.smsCycles);
  });

  test('a phone clock moved back before the SMS arrival never makes a deadline more than a window ahead', () => {
    const record = withSms(filing(), NOW);
    const task = smsTaskOf(record, 'legal-representative', NOW - 3 * HOUR);
    expect(task).toEqual({ sms: 'counting', smsDeadline: NOW - 3 * HOUR + SMS_WINDOW_MS });
    expect(() => encodeCard(buildCardData(record, '', NOW - 3 * HOUR))).not.toThrow();
  });
});
