import { useAppStore } from '@/store';
import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { JOURNEY_PHASES, journeyStepsFor, nextAction, stepsProgress, type StepId } from '@/domain/journey-steps';
import { daysPastLegacyDeadline, materialsProgress } from '@/domain/materials';
import { preflight } from '@/domain/preflight';
import { entityNameOf } from '@/domain/principals';
import { useT } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { navigateTo, setNavigationTitle, switchTab } from '@/platform/system';
import { MissingFiling } from './missing-filing';
import { StepItem } from './step-item';
import { RenewalCard } from './renewal-card';
import { stepTitle } from './journey-text';
import { preflightContextOf } from './filing-derived';
import { useFilingMaterials } from './use-filing-materials';
import { focusMaterialsOn } from './materials-focus';
import { todayInChina, useFiling } from './use-filing';
import { routes } from './routes';
import './filing-page.scss';

function LinkCell({
  label,
  value,
  valueClass,
  testId,
  onClick,
}: {
  label: string;
  value?: string;
  valueClass?: string;
  testId: string;
  onClick: () => void;
}) {
  return (
    <View className='cell filing-page__link' data-testid={testId} onClick={onClick}>
      <Text className='cell__label'>{label}</Text>
      {value ? <Text className={`cell__value ${valueClass ?? ''}`}>{value}</Text> : null}
      <View className='filing-page__arrow' />
    </View>
  );
}

/** One filing: its header, links to what to prepare, and the step timeline by phase. */
export function FilingPage({ id }: { id: string }) {
  const t = useT();
  const filing = useFiling(id);
  const allFilings = useAppStore((s) => s.filings);
  const [expanded, setExpanded] = useState<Set<StepId>>(() => {
    const next = filing ? nextAction(filing.steps, journeyStepsFor(filing.profile, filing.verificationMethod)) : null;
    return new Set(next ? [next] : []);
  });

  const today = todayInChina();
  const { items, photoFindings } = useFilingMaterials(filing, today);

  useEffect(() => setNavigationTitle(t('filing.title')), [t]);

  if (!filing) return <MissingFiling />;

  const defs = journeyStepsFor(filing.profile, filing.verificationMethod);
  const { done, total } = stepsProgress(filing.steps, defs);
  const nextId = nextAction(filing.steps, defs);
  const next = defs.find((def) => def.id === nextId) ?? null;
  const legacyDays = filing.profile.publishedBeforeSept2023 ? daysPastLegacyDeadline(today) : null;
  // The yearly renewal concerns WeChat verification (not the bank-transfer route), once it is approved.
  const showRenewal =
    filing.verificationMethod !== 'bank-transfer' &&
    (filing.steps['verify-review'].status === 'done' || filing.profile.verificationApprovedOn !== '');
  const materials = materialsProgress(items);
  const problems = preflight(filing.profile, today, preflightContextOf(filing, allFilings));
  const blocking = problems.filter((p) => p.severity === 'blocking').length;
  // Pre-flight counts the profile's problems and the photos' (a kept photo whose file is gone).
  const preflightBlocking = blocking + photoFindings.filter((f) => f.severity === 'blocking').length;
  const subtitle = [filing.profile.miniProgramName.trim(), entityNameOf(filing.profile).trim()]
    .filter(Boolean)
    .join(' · ');

  const toggle = (step: StepId) =>
    setExpanded((current) => {
      const copy = new Set(current);
      if (copy.has(step)) copy.delete(step);
      else copy.add(step);
      return copy;
    });

  return (
    <View className='page filing-page'>
      <StorageBanner />
      <View className='filing-page__header'>
        <Text className='filing-page__name' data-testid='filing-name'>
          {filing.name}
        </Text>
        {subtitle ? <Text className='filing-page__subtitle'>{subtitle}</Text> : null}
        <View className='filing-page__bar'>
          <View className='filing-page__bar-fill' style={{ width: `${Math.round((done / total) * 100)}%` }} />
        </View>
        <View className='filing-page__meta'>
          <Text>{t('filing.header.progress', { done, total })}</Text>
          {next ? (
            <Text className='filing-page__next'>{t('filing.header.next', { step: stepTitle(t, next) })}</Text>
          ) : null}
        </View>
        {legacyDays !== null ? (
          <View className='filing-page__legacy' data-testid={legacyDays > 0 ? 'legacy-overdue' : 'legacy-ahead'}>
            <Text className='filing-page__legacy-title'>{t('legacy.title')}</Text>
            <Text className='filing-page__legacy-body'>
              {legacyDays > 0 ? t('legacy.overdue', { days: legacyDays }) : t('legacy.ahead', { days: -legacyDays })}
            </Text>
          </View>
        ) : null}
        {filing.filingNumber ? (
          <Text className='filing-page__number' data-testid='header-filing-number'>
            {t('step.approve.number', { number: filing.filingNumber })}
          </Text>
        ) : null}
      </View>

      <View className='section-title'>{t('filing.section.prepare')}</View>
      <View className='group'>
        <LinkCell
          testId='link-profile'
          label={t('filing.link.profile')}
          value={blocking > 0 ? t('filing.link.profile.todo', { count: blocking }) : t('filing.link.profile.ok')}
          valueClass={blocking > 0 ? 'warn-text' : 'ok-text'}
          onClick={() => navigateTo(routes.profile(filing.id))}
        />
        <LinkCell
          testId='link-materials'
          label={t('filing.link.materials')}
          value={t('filing.link.materials.value', materials)}
          onClick={() => {
            focusMaterialsOn(filing.id);
            switchTab(routes.materials);
          }}
        />
        <LinkCell
          testId='link-photos'
          label={t('filing.link.photos')}
          onClick={() => navigateTo(routes.photos(filing.id))}
        />
        <LinkCell
          testId='link-assistant'
          label={t('filing.link.assistant')}
          value={t('filing.link.assistant.value')}
          onClick={() => navigateTo(routes.assistant(filing.id))}
        />
        <LinkCell
          testId='link-preflight'
          label={t('filing.link.preflight')}
          value={
            preflightBlocking > 0
              ? t('filing.link.preflight.blocking', { count: preflightBlocking })
              : t('filing.link.preflight.clear')
          }
          valueClass={preflightBlocking > 0 ? 'danger-text' : 'ok-text'}
          onClick={() => navigateTo(routes.preflight(filing.id))}
        />
      </View>

      {JOURNEY_PHASES.map((phase) => {
        const steps = defs.filter((s) => s.phase === phase);
        if (steps.length === 0) return null;
        return (
          <View key={phase} data-testid={`phase-${phase}`}>
            <View className='section-title'>{t(`phase.${phase}`)}</View>
            <View className='filing-page__timeline'>
              {steps.map((def, index) => (
                <StepItem
                  key={def.id}
                  filing={filing}
                  def={def}
                  expanded={expanded.has(def.id)}
                  onToggle={() => toggle(def.id)}
                  isLast={index === steps.length - 1}
                />
              ))}
            </View>
            {phase === 'verification' && showRenewal ? <RenewalCard filing={filing} /> : null}
          </View>
        );
      })}

      <View className='section-title'>{t('filing.section.tools')}</View>
      <View className='group'>
        <LinkCell testId='link-help' label={t('filing.link.help')} onClick={() => navigateTo(routes.help(filing.id))} />
        <LinkCell
          testId='link-share'
          label={t('filing.link.share')}
          onClick={() => navigateTo(routes.share(filing.id))}
        />
      </View>
      <PrivacySheet />
    </View>
  );
}
