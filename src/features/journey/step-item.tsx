import { useState } from 'react';
import dayjs from 'dayjs';
import { View, Text, Input, Textarea, Button } from '@tarojs/components';
import { filingUnsaved, useAppStore } from '@/store';
import type { FilingRecord } from '@/domain/filing-record';
import {
  VERIFICATION_MAX_RESUBMISSIONS,
  isIrreversible,
  isRejectable,
  resubmissionCount,
  setStepStatus,
  verificationResubmissionsLeft,
  type StepDef,
  type StepStatus,
  type VerificationMethod,
} from '@/domain/journey-steps';
import { validateFilingNumber } from '@/domain/filing-number';
import { settledSms, useRejectionTexts } from '@/features/countdowns';
import { ReviewClockCard } from '@/features/countdowns/subpackage';
import { limitFor } from '@/domain/record-limits';
import { reportSave } from '@/components/save-feedback';
import { entityRulesOf, type EntityRules } from '@/domain/entity-types';
import { REVIEW_LIMITS } from '@/domain/review-clock';
import { chinaDateOf } from '@/domain/working-days';
import { FaceCheckCard } from './face-check-card';
import { useT } from '@/components/use-t';
import { confirmModal, navigateTo, showToast } from '@/platform/system';
import { filingNumberErrorKey, statusKey, stepBody, stepTitle, type Translate } from './journey-text';
import { routes } from './routes';
import type { MessageKey } from '@/i18n';

const formatTime = (ms: number) => dayjs(ms).format('YYYY-MM-DD HH:mm');
const CHIP: Record<StepStatus, string> = {
  todo: 'chip',
  'in-progress': 'chip chip--warn',
  done: 'chip chip--ok',
  rejected: 'chip chip--danger',
};

/** Extra guide sentences that belong on a step (seed notes and FAQ Q1). */
const STEP_NOTES: Partial<Record<StepDef['id'], MessageKey[]>> = {
  'reg-3': ['help.register.spam'],
  'reg-4.5': ['step.irreversible.body'],
  'filing-platform-review': ['help.filing.phone'],
  'filing-bureau-review': ['help.faq.a1'],
  'filing-approved': ['step.approve.moreInfo'],
};

/** The stored length limit of a text field (record-limits.ts), for its input's maxlength. */
function maxChars(path: string): number | undefined {
  const row = limitFor(path);
  return row?.kind === 'text' ? row.maxChars : undefined;
}

function RejectForm({
  onSave,
  onCancel,
}: {
  onSave: (r: { field: string; reason: string; fix: string }) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [field, setField] = useState('');
  const [reason, setReason] = useState('');
  const [fix, setFix] = useState('');
  const [error, setError] = useState(false);
  const save = () => {
    if (reason.trim() === '') {
      setError(true);
      return;
    }
    onSave({ field: field.trim(), reason: reason.trim(), fix: fix.trim() });
  };
  return (
    <View className='step__form' data-testid='reject-form'>
      <Text className='step__form-label'>{t('step.reject.field')}</Text>
      <Input
        className='step__input'
        data-testid='reject-field'
        value={field}
        maxlength={maxChars('steps.*.rejections[].field')}
        placeholder={t('step.reject.field.placeholder')}
        onInput={(e) => setField(e.detail.value)}
      />
      <Text className='step__form-label'>{t('step.reject.reason')}</Text>
      <Input
        className='step__input'
        data-testid='reject-reason'
        value={reason}
        maxlength={maxChars('steps.*.rejections[].reason')}
        placeholder={t('step.reject.reason.placeholder')}
        onInput={(e) => {
          setReason(e.detail.value);
          setError(false);
        }}
      />
      {error ? <Text className='step__error danger-text'>{t('step.reject.needReason')}</Text> : null}
      <Text className='step__form-label'>{t('step.reject.fix')}</Text>
      <Input
        className='step__input'
        data-testid='reject-fix'
        value={fix}
        maxlength={maxChars('steps.*.rejections[].fix')}
        placeholder={t('step.reject.fix.placeholder')}
        onInput={(e) => setFix(e.detail.value)}
      />
      <View className='step__buttons'>
        <Button className='btn btn--small btn--plain' onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button className='btn btn--small' data-testid='reject-save' onClick={save}>
          {t('step.reject.save')}
        </Button>
      </View>
    </View>
  );
}

function ApproveForm({ filing }: { filing: FilingRecord }) {
  const t = useT();
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const check = validateFilingNumber(number);
    if (check.status !== 'valid') {
      setError(t(filingNumberErrorKey(check.reason ?? 'format')));
      return;
    }
    const result = useAppStore.getState().approve(filing.id, number, Date.now());
    if (!result.ok) {
      if (result.reason === 'not-saved') setError(t('storage.notSaved'));
      else if (result.reason === 'unknown-filing') setError(t('filing.missing.title'));
      else setError(t(filingNumberErrorKey(result.reason)));
      return;
    }
    setError(null);
    showToast(t('step.approve.saved'), 'success');
  };
  return (
    <View className='step__form'>
      <Text className='step__form-label'>{t('step.approve.label')}</Text>
      <Input
        className={`step__input${error ? ' step__input--error' : ''}`}
        data-testid='filing-number-input'
        value={number}
        placeholder={t('step.approve.placeholder')}
        onInput={(e) => {
          setNumber(e.detail.value);
          setError(null);
        }}
      />
      {error ? (
        <Text className='step__error danger-text' data-testid='filing-number-error'>
          {error}
        </Text>
      ) : null}
      <Button className='btn btn--small step__approve' data-testid='filing-number-save' onClick={save}>
        {t('step.approve.save')}
      </Button>
    </View>
  );
}

/**
 * What a verification route costs and takes for this entity type, showing both figures where
 * sources disagree (entity-types.ts): the seed's fee and review days, and other sources'.
 */
function routeDetails(t: Translate, method: VerificationMethod, rules: EntityRules | null): string {
  if (method === 'bank-transfer') return t('verify.method.bank-transfer.body');
  const fee = rules?.fee ?? { seedRmb: 300, refundable: false as const };
  const feeText =
    fee.seedRmb === null
      ? t('verify.fee.personal', { other: fee.otherSourcesRmb ?? 0 })
      : fee.otherSourcesRmb === undefined
        ? t('verify.fee.single', { fee: fee.seedRmb })
        : t('verify.fee.disagree', { seed: fee.seedRmb, other: fee.otherSourcesRmb });
  const days = rules?.reviewDays ?? {
    min: 1,
    max: 5,
    otherSourcesMax: REVIEW_LIMITS['wechat-verification'].extendedMaxDays,
  };
  return `${feeText}${t('verify.review.days', { min: days.min, max: days.max, extended: days.otherSourcesMax ?? days.max })}`;
}

interface StepItemProps {
  filing: FilingRecord;
  def: StepDef;
  expanded: boolean;
  onToggle: () => void;
  isLast: boolean;
}

/** One step of the timeline: status, time, note, and what the user can do at this step. */
export function StepItem({ filing, def, expanded, onToggle, isLast }: StepItemProps) {
  const t = useT();
  const state = filing.steps[def.id];
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState(state.note);
  const store = useAppStore.getState;
  const texts = useRejectionTexts();
  const unsaved = useAppStore((s) => filingUnsaved(s, filing.id));

  const rules = entityRulesOf(filing.profile.entityType);
  const setStatus = async (status: StepStatus) => {
    if (status === state.status) return;
    if (status === 'done' && isIrreversible(def.id)) {
      const ok = await confirmModal({
        title: t('step.irreversible.title'),
        content: t('step.irreversible.body'),
        confirmText: t('step.irreversible.confirm'),
        cancelText: t('common.cancel'),
      });
      if (!ok) return;
    }
    const now = Date.now();
    // The SMS step: what its window became by now is saved together with the user's choice.
    const saved =
      def.id === 'filing-sms'
        ? store().updateFiling(
            filing.id,
            (f) => {
              const settled = settledSms(f, now, texts);
              return {
                ...settled,
                steps: { ...settled.steps, [def.id]: setStepStatus(settled.steps[def.id], status, now) },
              };
            },
            now,
          )
        : store().setStep(filing.id, def.id, status, now);
    reportSave(t, saved);
    // Verification approved today starts the yearly renewal clock, unless a date was entered.
    if (
      saved.ok &&
      def.id === 'verify-review' &&
      status === 'done' &&
      def.hasReviewClock &&
      !filing.profile.verificationApprovedOn
    ) {
      store().updateProfile(filing.id, (p) => ({ ...p, verificationApprovedOn: chinaDateOf(now) }), now);
    }
  };

  const approved = def.id === 'filing-approved' && filing.filingNumber !== null && state.status === 'done';
  const statuses: StepStatus[] =
    def.id === 'filing-approved' ? ['todo', 'in-progress'] : ['todo', 'in-progress', 'done'];
  const resubmissions = resubmissionCount(state);
  // Rejections come from reviewers: the review steps and the SMS verification (auto-rejection).
  // The bank-transfer route has no reviewer (journeyStepsFor drops its clock), so nothing to record.
  const canReject = isRejectable(def.id) && (def.id === 'filing-sms' || Boolean(def.hasReviewClock));

  return (
    <View className={`step step--${state.status}${expanded ? ' step--open' : ''}`} data-testid={`step-${def.id}`}>
      <View className='step__rail'>
        <View className='step__dot' />
        {isLast ? null : <View className='step__line' />}
      </View>
      <View className='step__content'>
        <View className='step__head' data-testid={`step-toggle-${def.id}`} onClick={onToggle}>
          <View className='step__title-row'>
            {def.guideRef ? <Text className='step__ref'>{def.guideRef}</Text> : null}
            <Text className='step__title'>{stepTitle(t, def)}</Text>
            {def.optional ? <Text className='step__optional'>{t('step.optional')}</Text> : null}
          </View>
          <Text className={CHIP[state.status]} data-testid={`step-status-${def.id}`}>
            {t(statusKey(state.status))}
          </Text>
        </View>
        {state.changedAt !== null ? (
          <Text className='step__time'>{t('step.changedAt', { time: formatTime(state.changedAt) })}</Text>
        ) : null}
        {!expanded && state.note ? <Text className='step__note-preview'>{state.note}</Text> : null}
        {approved ? (
          <View className='step__approved'>
            <Text className='step__number' data-testid='filing-number'>
              {t('step.approve.number', { number: filing.filingNumber ?? '' })}
            </Text>
            <Text className='step__hint'>{t('step.approve.moreInfo')}</Text>
          </View>
        ) : null}
        {expanded ? (
          <View className='step__body'>
            <Text className='step__text'>{stepBody(t, def)}</Text>
            {(STEP_NOTES[def.id] ?? [])
              .filter((key) => !(approved && key === 'step.approve.moreInfo'))
              .map((key) => (
                <Text key={key} className={`step__tip${def.id === 'reg-4.5' ? ' step__tip--warn' : ''}`}>
                  {t(key)}
                </Text>
              ))}

            {def.choices ? (
              <View className='step__choices'>
                {def.choices.map((method) => (
                  <View
                    key={method}
                    className={`step__choice${filing.verificationMethod === method ? ' step__choice--on' : ''}`}
                    data-testid={`method-${method}`}
                    onClick={() => {
                      const saved = store().setVerificationMethod(filing.id, method, Date.now());
                      if (state.status !== 'done')
                        reportSave(t, store().setStep(filing.id, def.id, 'done', Date.now()));
                      else reportSave(t, saved);
                    }}
                  >
                    <View className='step__choice-head'>
                      <View className='step__radio' />
                      <Text className='step__choice-title'>{t(`verify.method.${method}`)}</Text>
                    </View>
                    <Text className='step__choice-body'>{routeDetails(t, method, rules)}</Text>
                  </View>
                ))}
              </View>
            ) : null}

            {def.hasReviewClock ? <ReviewClockCard filing={filing} step={def.id} /> : null}

            {def.countdown === 'face-check' ? <FaceCheckCard filing={filing} /> : null}

            {def.id === 'filing-sms' ? (
              <Text className='step__link' data-testid='sms-link' onClick={() => navigateTo(routes.sms(filing.id))}>
                {t('filing.link.sms')}
              </Text>
            ) : null}

            {resubmissions > 0 ? (
              <View className='step__rejections'>
                <Text className='step__form-label'>{t('step.reject.history')}</Text>
                {state.rejections.map((r, index) => (
                  <View key={`${r.at}-${index}`} className='step__rejection'>
                    <Text className='step__rejection-head'>
                      {t('step.reject.item', { time: formatTime(r.at), field: r.field || t('step.reject.noField') })}
                    </Text>
                    <Text className='step__rejection-reason'>{r.reason}</Text>
                    {r.fix ? (
                      <Text className='step__rejection-fix'>{t('step.reject.fixLine', { fix: r.fix })}</Text>
                    ) : null}
                  </View>
                ))}
                <Text className='step__hint' data-testid={`resubmissions-${def.id}`}>
                  {t('step.resubmissions', { count: resubmissions })}
                </Text>
                {def.id === 'verify-review' && def.hasReviewClock ? (
                  <Text className='step__hint'>
                    {t('step.resubmissionsLeft', {
                      left: verificationResubmissionsLeft(state),
                      max: VERIFICATION_MAX_RESUBMISSIONS,
                    })}
                  </Text>
                ) : null}
              </View>
            ) : null}

            {state.status === 'rejected' ? (
              <Button
                className='btn btn--small step__resubmit'
                data-testid={`resubmit-${def.id}`}
                onClick={() => reportSave(t, store().resubmitStep(filing.id, def.id, Date.now()))}
              >
                {t('step.resubmit')}
              </Button>
            ) : null}

            {def.id === 'filing-approved' && !approved ? <ApproveForm filing={filing} /> : null}

            {!def.choices ? (
              <View className='step__status-row'>
                <Text className='step__form-label'>{t('step.setStatus')}</Text>
                <View className='step__segments'>
                  {statuses.map((status) => (
                    <Text
                      key={status}
                      className={`step__segment${state.status === status ? ' step__segment--on' : ''}`}
                      data-testid={`set-${def.id}-${status}`}
                      onClick={() => void setStatus(status)}
                    >
                      {t(statusKey(status))}
                    </Text>
                  ))}
                </View>
              </View>
            ) : null}

            <Text className='step__form-label'>{t('step.note')}</Text>
            <Textarea
              className='step__note'
              data-testid={`note-${def.id}`}
              value={note}
              autoHeight
              maxlength={maxChars('steps.*.note')}
              placeholder={t('step.note.placeholder')}
              onInput={(e) => {
                setNote(e.detail.value);
                store().setStepNote(filing.id, def.id, e.detail.value, Date.now());
              }}
            />
            {unsaved ? (
              <Text className='step__error danger-text' data-testid={`note-unsaved-${def.id}`}>
                {t('storage.note.unsaved')}
              </Text>
            ) : null}

            {rejecting ? (
              <RejectForm
                onCancel={() => setRejecting(false)}
                onSave={(rejection) => {
                  reportSave(t, store().rejectStep(filing.id, def.id, rejection, Date.now()));
                  setRejecting(false);
                }}
              />
            ) : canReject ? (
              <Text
                className='step__link step__link--danger'
                data-testid={`reject-${def.id}`}
                onClick={() => setRejecting(true)}
              >
                {t('step.reject')}
              </Text>
            ) : null}
          </View>
        ) : null}
      </View>
    </View>
  );
}
