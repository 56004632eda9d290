import dayjs from 'dayjs';
import { useState } from 'react';
import { View, Text, Picker } from '@tarojs/components';
import { useAppStore } from '@/store';
import type { FilingRecord } from '@/domain/filing-record';
import {
  deriveWarnings,
  materialsProgress,
  type MaterialItem,
  type MaterialProblemCode,
  type MaterialStatus,
  type PhotoPresence,
} from '@/domain/materials';
import {
  ID_VALIDITY_PROBLEMS,
  LETTER_DATE_PROBLEMS,
  requiredValidityMonths,
  type IdValidityProblem,
  type LetterDateProblem,
} from '@/domain/document-dates';
import { useT } from '@/components/use-t';
import { reportSave } from '@/components/save-feedback';
import { navigateTo } from '@/platform/system';
import { isDesktopWeChat } from '@/platform/device';
import {
  materialLabel,
  principalOwner,
  routes,
  todayInChina,
  useFilingMaterials,
  type Translate,
} from '@/features/journey';
import './materials-checklist.scss';

const STATUS_CHIP: Record<MaterialStatus, string> = {
  missing: 'chip',
  ready: 'chip chip--ok',
  attention: 'chip chip--warn',
};

/** The date problems, which share the pre-flight's sentences; the others have the checklist's own. */
const DATE_PROBLEMS: ReadonlySet<MaterialProblemCode> = new Set([...ID_VALIDITY_PROBLEMS, ...LETTER_DATE_PROBLEMS]);
const isDateProblem = (code: MaterialProblemCode): code is IdValidityProblem | LetterDateProblem =>
  DATE_PROBLEMS.has(code);

function problemLine(t: Translate, code: MaterialProblemCode, province: string): string {
  if (!isDateProblem(code)) return t(`mproblem.${code}`);
  if (code === 'id-expires-too-soon')
    return t('problem.id-expires-too-soon', { months: requiredValidityMonths(province) });
  return t(`problem.${code}`);
}

const LETTER_FIELD = {
  'commitment-letter': 'commitmentLetterDate',
  'authorization-letter': 'authorizationLetterDate',
} as const;

function ItemCard({ filing, item, presence }: { filing: FilingRecord; item: MaterialItem; presence: PhotoPresence }) {
  const t = useT();
  // WeChat on a computer has no camera (issue 14): a photo item leads to choosing a file.
  const [desktop] = useState(isDesktopWeChat);
  const store = useAppStore.getState;
  const mark = filing.marks[item.id];
  const letterField =
    item.id === 'commitment-letter' || item.id === 'authorization-letter' ? LETTER_FIELD[item.id] : null;
  const setMark = (done: boolean, confirmed?: boolean) =>
    reportSave(
      t,
      store().setMaterialMark(filing.id, item.id, confirmed === undefined ? { done } : { done, confirmed }, Date.now()),
    );

  return (
    <View className='material' data-testid={`material-${item.id}`}>
      <View className='material__head'>
        <Text className='material__title'>{materialLabel(t, item.id, filing.profile)}</Text>
        <Text className={STATUS_CHIP[item.status]} data-testid={`material-status-${item.id}`}>
          {t(`materials.status.${item.status}`)}
        </Text>
      </View>
      <Text className='material__reason'>{t(`reason.${item.reason}`, { who: principalOwner(t, filing.profile) })}</Text>
      <Text className='material__source'>{t(`materials.source.${item.source}`)}</Text>
      {item.problems.map((code) => (
        <Text key={code} className='material__problem'>
          {problemLine(t, code, filing.profile.province)}
        </Text>
      ))}

      <View className='material__actions'>
        {item.link.kind === 'field' ? (
          <Text
            className='material__link'
            data-testid={`material-go-${item.id}`}
            onClick={() => item.link.kind === 'field' && navigateTo(routes.profile(filing.id, item.link.field))}
          >
            {t('materials.goField')}
          </Text>
        ) : null}
        {item.link.kind === 'photo' ? (
          <>
            <Text className='material__photo-state'>
              {presence[item.link.slot] ? t('materials.photo.has') : t('materials.photo.none')}
            </Text>
            <Text
              className='material__link'
              data-testid={`material-go-${item.id}`}
              onClick={() => item.link.kind === 'photo' && navigateTo(routes.photos(filing.id, item.link.slot))}
            >
              {t(desktop ? 'materials.goPhotoFile' : 'materials.goPhoto')}
            </Text>
          </>
        ) : null}
      </View>

      {item.id === 'email' ? (
        <View
          className={`material__check${mark?.confirmed ? ' material__check--on' : ''}`}
          data-testid='confirm-email'
          onClick={() => setMark(!mark?.confirmed, !mark?.confirmed)}
        >
          <View className='material__box' />
          <Text className='material__check-text'>{t('materials.confirmEmail')}</Text>
        </View>
      ) : null}

      {letterField ? (
        <View className='material__letter'>
          <Picker
            mode='date'
            data-testid={`letter-date-${item.id}`}
            value={filing.profile[letterField] || todayInChina()}
            end={todayInChina()}
            onChange={(e) =>
              store().updateProfile(filing.id, (p) => ({ ...p, [letterField]: String(e.detail.value) }), Date.now())
            }
          >
            <View className='material__date'>
              <Text className='material__date-label'>{t('materials.letterDate')}</Text>
              <Text className='material__date-value'>{filing.profile[letterField] || t('profile.chooseDate')}</Text>
            </View>
          </Picker>
        </View>
      ) : null}

      {letterField || item.link.kind === 'confirm' ? (
        <View className='material__mark-row'>
          {mark?.done ? (
            <Text className='material__marked'>
              {t('materials.markedAt', { date: dayjs(mark.at).format('YYYY-MM-DD') })}
            </Text>
          ) : (
            <View />
          )}
          <Text
            className={`btn btn--small ${mark?.done ? 'btn--plain' : ''}`}
            data-testid={`mark-${item.id}`}
            onClick={() => setMark(!mark?.done)}
          >
            {mark?.done ? t('materials.unmark') : t('materials.markDone')}
          </Text>
        </View>
      ) : null}
    </View>
  );
}

/** The checklist of one filing: warnings first, then every material with its status and action. */
export function MaterialsChecklist({ filing }: { filing: FilingRecord }) {
  const t = useT();
  const today = todayInChina();
  // The same checklist as the filing page's and pre-flight's, gone photo files included.
  const { items, presence } = useFilingMaterials(filing, today);
  const warnings = deriveWarnings(filing.profile, today);
  const { done, total } = materialsProgress(items);

  return (
    <View className='materials-checklist'>
      <View className='materials-checklist__summary'>
        <Text className='materials-checklist__count' data-testid='materials-progress'>
          {t('materials.progress', { done, total })}
        </Text>
        <View className='materials-checklist__bar'>
          <View
            className='materials-checklist__bar-fill'
            style={{ width: `${total ? Math.round((done / total) * 100) : 0}%` }}
          />
        </View>
        <View className='materials-checklist__links'>
          <Text className='material__link' onClick={() => navigateTo(routes.filing(filing.id))}>
            {t('materials.openFiling')}
          </Text>
          <Text
            className='material__link'
            data-testid='materials-preflight'
            onClick={() => navigateTo(routes.preflight(filing.id))}
          >
            {t('materials.preflight')}
          </Text>
        </View>
      </View>

      {warnings.length > 0 ? (
        <>
          <View className='section-title'>{t('materials.warnings')}</View>
          <View className='group' data-testid='materials-warnings'>
            {warnings.map((w) => (
              <View
                key={w.code}
                className='cell materials-checklist__warning'
                onClick={() => navigateTo(routes.profile(filing.id, w.field))}
              >
                <View className='materials-checklist__warn-mark' />
                <Text className='cell__label'>{t(`problem.${w.code}`)}</Text>
              </View>
            ))}
          </View>
        </>
      ) : null}

      <View className='section-title'>{t('materials.items')}</View>
      {items.map((item) => (
        <ItemCard key={item.id} filing={filing} item={item} presence={presence} />
      ))}
    </View>
  );
}
