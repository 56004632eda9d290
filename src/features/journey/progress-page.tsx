import progressIcon from '@/assets/tab/progress-active.png';
import { useMemo, useState } from 'react';
import { View, Text, Button, CustomWrapper } from '@tarojs/components';
import { useAppStore } from '@/store';
import { MAX_FILINGS, newFilingId, type FilingRecord } from '@/domain/filing-record';
import { ownValue } from '@/domain/own';
import { journeyStepsFor, nextAction, stepsProgress } from '@/domain/journey-steps';
import { FilingCountdownSummary, settledSms, useRejectionTexts } from '@/features/countdowns';
import { entityNameOf } from '@/domain/principals';
import { deleteFilingPhotos } from '@/features/photos';
import { useT } from '@/components/use-t';
import { EmptyState } from '@/components/empty-state';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { confirmModal, navigateTo, showToast } from '@/platform/system';
import { NameSheet } from './name-sheet';
import { UnreadableCard } from './unreadable-card';
import { stepTitle } from './journey-text';
import { routes } from './routes';
import './progress-page.scss';

type SheetState = { mode: 'create' } | { mode: 'rename'; id: string; name: string } | null;

function FilingCard({
  filing,
  onRename,
  onDelete,
}: {
  filing: FilingRecord;
  onRename: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const defs = journeyStepsFor(filing.profile, filing.verificationMethod);
  const { done, total } = stepsProgress(filing.steps, defs);
  const nextId = nextAction(filing.steps, defs);
  const next = defs.find((def) => def.id === nextId) ?? null;
  const subtitle = [filing.profile.miniProgramName.trim(), entityNameOf(filing.profile).trim()]
    .filter(Boolean)
    .join(' · ');
  return (
    <View className='filing-card' data-testid={`filing-card-${filing.id}`}>
      <View
        className='filing-card__main'
        data-testid='filing-card-open'
        onClick={() => navigateTo(routes.filing(filing.id))}
      >
        <View className='filing-card__head'>
          <Text className='filing-card__name'>{filing.name}</Text>
          <Text className='filing-card__count'>{t('progress.card.steps', { done, total })}</Text>
        </View>
        {subtitle ? <Text className='filing-card__subtitle'>{subtitle}</Text> : null}
        <View className='filing-card__bar'>
          <View className='filing-card__bar-fill' style={{ width: `${Math.round((done / total) * 100)}%` }} />
        </View>
        <Text className='filing-card__next'>
          {next
            ? t('progress.card.next', { step: stepTitle(t, next) })
            : filing.filingNumber
              ? t('progress.card.filingNumber', { number: filing.filingNumber })
              : t('progress.card.allDone')}
        </Text>
        {/* Directly in the card, no wrapper: the ticking text's path is in every tick's setData. */}
        <FilingCountdownSummary filing={filing} />
      </View>
      <View className='filing-card__actions'>
        <Text className='filing-card__action' data-testid='filing-rename' onClick={onRename}>
          {t('progress.card.rename')}
        </Text>
        <Text
          className='filing-card__action filing-card__action--danger'
          data-testid='filing-delete'
          onClick={onDelete}
        >
          {t('progress.card.delete')}
        </Text>
      </View>
    </View>
  );
}

/** The Progress tab: every filing on this phone as a card, and creating, renaming, deleting them. */
export function ProgressPage() {
  const t = useT();
  const filings = useAppStore((s) => s.filings);
  const order = useAppStore((s) => s.filingOrder);
  const unreadable = useAppStore((s) => s.unreadableFilings);
  const texts = useRejectionTexts();
  const [sheet, setSheet] = useState<SheetState>(null);
  // Shown as they stand now (an SMS window that ran out reads as rejected); never written here.
  const list = useMemo(
    () =>
      order
        .map((id) => ownValue(filings, id))
        .filter((f): f is FilingRecord => Boolean(f))
        .map((f) => settledSms(f, Date.now(), texts)),
    [order, filings, texts],
  );

  const create = (name: string): string | null => {
    const result = useAppStore.getState().createFiling(name, newFilingId(Math.random), Date.now());
    if (!result.ok) {
      if (result.reason === 'too-many') return t('sheet.name.tooMany', { max: MAX_FILINGS });
      if (result.reason === 'not-saved') return t('storage.create.notSaved');
      return t('sheet.name.invalid');
    }
    setSheet(null);
    navigateTo(routes.filing(result.id));
    return null;
  };

  const rename = (id: string, name: string): string | null => {
    if (!useAppStore.getState().renameFiling(id, name, Date.now())) return t('sheet.name.invalid');
    setSheet(null);
    return null;
  };

  const remove = async (filing: FilingRecord) => {
    const ok = await confirmModal({
      title: t('progress.delete.title'),
      content: t('progress.delete.body', { name: filing.name }),
      confirmText: t('common.delete'),
      cancelText: t('common.cancel'),
      danger: true,
    });
    if (!ok) return;
    // The record first, its files only once its removal is saved (photo-vault's order): a failed
    // or interrupted delete never leaves a record naming photos that are gone.
    const saved = useAppStore.getState().deleteFiling(filing.id);
    if (!saved.ok) {
      showToast(t('storage.delete.notSaved'));
      return;
    }
    // Files that resist are unnamed now; the next clean sweep removes them.
    await deleteFilingPhotos(filing).catch(() => undefined);
    showToast(t('progress.deleted'), 'success');
  };

  return (
    <View className='page progress-page'>
      <StorageBanner />
      {unreadable.map((entry) => (
        <UnreadableCard key={entry.key} entry={entry} />
      ))}
      {list.length === 0 ? (
        <EmptyState
          icon={progressIcon}
          title={t('progress.empty.title')}
          body={t('progress.empty.body')}
          actionText={t('progress.empty.action')}
          onAction={() => setSheet({ mode: 'create' })}
        />
      ) : (
        <View>
          <View className='section-title'>{t('progress.count', { count: list.length })}</View>
          {/* One CustomWrapper around every card: the countdowns of all filings tick in one
              setData a second, outside the page (one wrapper per card cost one call each). */}
          <CustomWrapper>
            {list.map((filing) => (
              <FilingCard
                key={filing.id}
                filing={filing}
                onRename={() => setSheet({ mode: 'rename', id: filing.id, name: filing.name })}
                onDelete={() => void remove(filing)}
              />
            ))}
          </CustomWrapper>
          <Button className='btn' data-testid='new-filing' onClick={() => setSheet({ mode: 'create' })}>
            {t('progress.new')}
          </Button>
        </View>
      )}
      {sheet?.mode === 'create' ? (
        <NameSheet
          title={t('sheet.create.title')}
          hint={t('sheet.create.hint')}
          initialName=''
          submitText={t('sheet.create.submit')}
          onSubmit={create}
          onCancel={() => setSheet(null)}
        />
      ) : null}
      {sheet?.mode === 'rename' ? (
        <NameSheet
          title={t('sheet.rename.title')}
          initialName={sheet.name}
          submitText={t('common.save')}
          onSubmit={(name) => rename(sheet.id, name)}
          onCancel={() => setSheet(null)}
        />
      ) : null}
      <PrivacySheet />
    </View>
  );
}
