import { preflightContextOf } from './filing-derived';
import { useAppStore } from '@/store';
import { useEffect } from 'react';
import { View, Text } from '@tarojs/components';
import { miniProgramCap, preflight, rejectionReminders, type PreflightProblem } from '@/domain/preflight';
import type { PhotoFinding } from '@/domain/materials';
import { useT } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { navigateTo, setNavigationTitle } from '@/platform/system';
import { MissingFiling } from './missing-filing';
import { fieldLabel, materialLabel } from './journey-text';
import { problemText } from './problem-text';
import { todayInChina, useFiling } from './use-filing';
import { useFilingMaterials } from './use-filing-materials';
import { routes } from './routes';
import './preflight-page.scss';

/** Every blocking problem and warning before the user goes to the platform, each linked to its field. */
export function PreflightPage({ id }: { id: string }) {
  const t = useT();
  const filing = useFiling(id);
  const allFilings = useAppStore((s) => s.filings);
  const today = todayInChina();
  // Photos as the filing page and the Materials tab count them (a gone file blocks).
  const { photoFindings } = useFilingMaterials(filing, today);
  useEffect(() => setNavigationTitle(t('preflight.title')), [t]);
  if (!filing) return <MissingFiling />;

  const context = preflightContextOf(filing, allFilings);
  const problems = preflight(filing.profile, today, context);
  const cap = miniProgramCap(filing.profile.entityType);
  const existing = context.existingMiniProgramsForEntity;
  const blocking = problems.filter((p) => p.severity === 'blocking');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const photoBlocking = photoFindings.filter((f) => f.severity === 'blocking');
  const photoWarnings = photoFindings.filter((f) => f.severity === 'warning');
  const blockingCount = blocking.length + photoBlocking.length;
  const warningCount = warnings.length + photoWarnings.length;

  const item = (problem: PreflightProblem, index: number) => (
    <View
      key={`${problem.field}-${problem.code}-${index}`}
      className='cell preflight__item'
      data-testid={`problem-${problem.severity}-${problem.field}`}
      onClick={() => navigateTo(routes.profile(filing.id, problem.field))}
    >
      <View className={`preflight__mark preflight__mark--${problem.severity}`} />
      <View className='preflight__text'>
        <Text className='preflight__field'>{fieldLabel(t, problem.field, filing.profile)}</Text>
        <Text className='preflight__message'>{problemText(t, problem, filing.profile)}</Text>
      </View>
      <Text className='preflight__fix'>{t('preflight.fix')}</Text>
    </View>
  );

  const photoItem = (finding: PhotoFinding) => (
    <View
      key={`photo-${finding.slot}`}
      className='cell preflight__item'
      data-testid={`photo-problem-${finding.severity}-${finding.slot}`}
      onClick={() => navigateTo(routes.photos(filing.id, finding.slot))}
    >
      <View className={`preflight__mark preflight__mark--${finding.severity}`} />
      <View className='preflight__text'>
        <Text className='preflight__field'>{materialLabel(t, finding.material, filing.profile)}</Text>
        <Text className='preflight__message'>{t(`mproblem.${finding.code}`)}</Text>
      </View>
      <Text className='preflight__fix'>{t('preflight.fix')}</Text>
    </View>
  );

  return (
    <View className='page preflight'>
      {blockingCount === 0 ? (
        <View className='preflight__clear' data-testid='preflight-clear'>
          <View className='preflight__check' />
          <Text className='preflight__clear-title'>{t('preflight.clear.title')}</Text>
          <Text className='preflight__clear-body'>
            {warningCount > 0 ? t('preflight.clear.withWarnings') : t('preflight.clear.body')}
          </Text>
        </View>
      ) : (
        <View className='preflight__intro'>
          <Text>{t('preflight.intro')}</Text>
        </View>
      )}
      {blockingCount > 0 ? (
        <>
          <View className='section-title'>{t('preflight.blocking', { count: blockingCount })}</View>
          <View className='group' data-testid='preflight-blocking'>
            {blocking.map(item)}
            {photoBlocking.map(photoItem)}
          </View>
        </>
      ) : null}
      {warningCount > 0 ? (
        <>
          <View className='section-title'>{t('preflight.warnings', { count: warningCount })}</View>
          <View className='group' data-testid='preflight-warnings'>
            {warnings.map(item)}
            {photoWarnings.map(photoItem)}
          </View>
        </>
      ) : null}
      {cap !== null && existing !== undefined ? (
        <Text className='preflight__cap' data-testid='preflight-cap'>
          {t('preflight.cap', { existing, count: existing + 1, cap })}
        </Text>
      ) : null}
      <View className='section-title'>{t('preflight.reminders')}</View>
      <View className='group preflight__reminders' data-testid='preflight-reminders'>
        <Text className='preflight__reminders-intro'>{t('preflight.reminders.intro')}</Text>
        {rejectionReminders(problems).map(({ reminder, flagged }) => (
          <View
            key={reminder}
            className={`preflight__reminder${flagged ? ' preflight__reminder--flagged' : ''}`}
            data-testid={`reminder-${reminder}`}
            data-flagged={flagged ? 'yes' : 'no'}
          >
            <Text className='preflight__reminder-text'>{t(`reminder.${reminder}`)}</Text>
            {flagged ? <Text className='chip chip--warn'>{t('preflight.reminder.flagged')}</Text> : null}
          </View>
        ))}
      </View>
      <PrivacySheet />
    </View>
  );
}
