import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { PhotoProblem } from '@/domain/photo-quality';
import { ownValue } from '@/domain/own';
import { PHOTO_SLOT_IDS, photoPresenceOf, photoSlotsFor, type PhotoSlotId } from '@/domain/materials';
import type { MessageKey } from '@/i18n';
import { useAppStore } from '@/store';
import { useT } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { confirmModal, navigateTo, setNavigationTitle, showToast } from '@/platform/system';
import { isDesktopWeChat } from '@/platform/device';
import { photoVault, sweepPhotoFilesOnce } from './photo-service';
import { usePhotoFiles } from './use-photo-files';
import { PhotoThumb } from './photo-thumb';
import { ExportPanel } from './export-panel';
import { frameAspectOf, minimumSizeOf } from './slots';
import './photos.scss';

interface PhotosPageProps {
  filingId: string;
  /** The slot the user came for (from the materials checklist); highlighted. */
  focusSlot?: string;
}

type SlotState = 'empty' | 'checking' | 'ok' | 'flagged' | 'missing';

/** Each quality problem's sentence. A stored problem this version does not know is not shown. */
const PROBLEM_KEYS: { [P in PhotoProblem]: MessageKey } = {
  'too-small': 'photos.problem.too-small',
  blurry: 'photos.problem.blurry',
  'too-dark': 'photos.problem.too-dark',
  glare: 'photos.problem.glare',
};
const isKnownProblem = (problem: string): problem is PhotoProblem =>
  Object.prototype.hasOwnProperty.call(PROBLEM_KEYS, problem);

/** The problem codes as sentences, e.g. 'blurry' → "Blurry: hold steady and tap to focus". */
export function useProblemText() {
  const t = useT();
  return (problem: PhotoProblem, slot: PhotoSlotId): string => {
    if (problem === 'too-small') {
      const min = minimumSizeOf(slot);
      const size =
        min.long && min.short
          ? t('photos.size.both', { long: min.long, short: min.short })
          : min.short
            ? t('photos.size.short', { short: min.short })
            : t('photos.size.long', { long: min.long });
      return t('photos.problem.too-small', { size });
    }
    return t(PROBLEM_KEYS[problem]);
  };
}

export function slotNameKey(slot: PhotoSlotId): MessageKey {
  return `photos.slot.${slot}`;
}

/** The photo slots of one filing: thumbnails, quality verdicts, retake, delete, export. */
export function PhotosPage({ filingId, focusSlot }: PhotosPageProps) {
  const t = useT();
  const problemText = useProblemText();
  const filing = useAppStore((s) => ownValue(s.filings, filingId));
  const files = usePhotoFiles(filing);
  const [exporting, setExporting] = useState<PhotoSlotId | null>(null);
  // WeChat on a computer has no camera (issue 14): its slots choose photo files, and a line says
  // where to take the photos.
  const [desktop] = useState(isDesktopWeChat);
  const takeKey: MessageKey = desktop ? 'photos.action.choose' : 'photos.action.take';

  useEffect(() => setNavigationTitle(t('photos.navTitle')), [t]);

  useEffect(() => {
    // Start-up sweep: files no reference names (left by an interrupted save or delete).
    void sweepPhotoFilesOnce();
  }, []);

  if (!filing) {
    return (
      <View className='page photos-page'>
        <View className='card' data-testid='photos-not-found'>
          <Text className='muted'>{t('photos.notFound')}</Text>
        </View>
        <PrivacySheet />
      </View>
    );
  }

  const needed = photoSlotsFor(filing.profile);
  // A photo kept for a slot the profile no longer needs still shows, so it can be deleted.
  const slots = PHOTO_SLOT_IDS.filter((slot) => needed.includes(slot) || filing.photos[slot]);

  // The same presence as the checklist's (domain photoPresenceOf), once the files are checked.
  const presence = files.missing ? photoPresenceOf(filing.photos, files.missing) : null;
  const stateOf = (slot: PhotoSlotId): SlotState => {
    const present = presence?.[slot];
    if (!filing.photos[slot]) return 'empty';
    if (!present) return 'checking';
    return present === 'missing-file' ? 'missing' : present;
  };

  const capture = (slot: PhotoSlotId) =>
    navigateTo(`/pages/capture/index?id=${encodeURIComponent(filingId)}&slot=${encodeURIComponent(slot)}`);

  const remove = async (slot: PhotoSlotId) => {
    const ok = await confirmModal({
      title: t('photos.delete.title'),
      content: t('photos.delete.confirm', { slot: t(slotNameKey(slot)) }),
      confirmText: t('common.delete'),
      cancelText: t('common.cancel'),
      danger: true,
    });
    if (!ok) return;
    if (exporting === slot) setExporting(null);
    try {
      await photoVault.remove(filingId, slot);
    } catch {
      // The reference was not removed from storage: the photo stays, and the user is told.
      showToast(t('storage.notSaved'));
      return;
    }
    showToast(t('photos.deleted'), 'success');
  };

  return (
    <View className='page photos-page'>
      <StorageBanner />
      <Text className='photos-page__intro'>{t('photos.intro')}</Text>
      {desktop ? (
        <Text className='photos-page__intro' data-testid='photos-desktop-note'>
          {t('photos.capture.desktop')}
        </Text>
      ) : null}
      {slots.map((slot) => {
        const ref = filing.photos[slot];
        const state = stateOf(slot);
        const thumb = ref && state !== 'missing' ? (files.thumbs[ref.file] ?? null) : null;
        const chip =
          state === 'ok'
            ? 'chip chip--ok'
            : state === 'flagged'
              ? 'chip chip--warn'
              : state === 'missing'
                ? 'chip chip--danger'
                : 'chip';
        return (
          <View
            key={slot}
            className={`photo-slot ${focusSlot === slot ? 'photo-slot--focus' : ''}`}
            data-testid={`slot-${slot}`}
          >
            <View className='photo-slot__row'>
              <PhotoThumb
                url={thumb}
                aspect={frameAspectOf(slot)}
                placeholder={state === 'missing' ? t('photos.state.missing') : state === 'empty' ? t(takeKey) : ''}
                tone={state === 'missing' ? 'danger' : 'plain'}
                onClick={() => capture(slot)}
                testId={`thumb-${slot}`}
              />
              <View className='photo-slot__info'>
                <Text className='photo-slot__name'>{t(slotNameKey(slot))}</Text>
                <View className='photo-slot__state'>
                  <Text className={chip} data-testid={`state-${slot}`}>
                    {t(desktop && state === 'empty' ? 'photos.state.emptyFile' : `photos.state.${state}`)}
                  </Text>
                </View>
                {ref && state !== 'missing' ? (
                  <Text className='photo-slot__meta'>{t('photos.verdict.size', { w: ref.width, h: ref.height })}</Text>
                ) : null}
                {ref && state === 'flagged'
                  ? ref.problems.filter(isKnownProblem).map((problem) => (
                      <Text key={problem} className='photo-slot__problem'>
                        {problemText(problem, slot)}
                      </Text>
                    ))
                  : null}
              </View>
            </View>
            <View className='photo-slot__actions'>
              {ref ? (
                <Text
                  className='photo-action photo-action--danger'
                  data-testid={`delete-${slot}`}
                  onClick={() => void remove(slot)}
                >
                  {t('photos.action.delete')}
                </Text>
              ) : null}
              {ref && state !== 'missing' ? (
                <Text
                  className='photo-action'
                  data-testid={`export-open-${slot}`}
                  onClick={() => setExporting(exporting === slot ? null : slot)}
                >
                  {t('photos.action.export')}
                </Text>
              ) : null}
              <Text
                className='photo-action photo-action--primary'
                data-testid={`capture-${slot}`}
                onClick={() => capture(slot)}
              >
                {t(ref ? (desktop ? 'photos.action.rechoose' : 'photos.action.retake') : takeKey)}
              </Text>
            </View>
            {ref && exporting === slot && state !== 'missing' ? (
              <ExportPanel slot={slot} photo={ref} slotName={t(slotNameKey(slot))} />
            ) : null}
          </View>
        );
      })}
      <PrivacySheet />
    </View>
  );
}
