import { useEffect, useMemo, useState } from 'react';
import { View, Text, Switch } from '@tarojs/components';
import { useAppStore } from '@/store';
import {
  announcesClipboard,
  fieldValue,
  filingForms,
  isIdNumber,
  sectionAsText,
  type FormField,
  type FormSection,
} from '@/domain/filing-forms';
import { preflight } from '@/domain/preflight';
import { translate } from '@/i18n';
import { useLocale, useT } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { copyText } from '@/platform/clipboard';
import { isDesktopWeChat } from '@/platform/device';
import { navigateTo, setNavigationTitle, showToast } from '@/platform/system';
import { MissingFiling, routes, todayInChina, useFiling } from '@/features/journey';
import { FieldRow } from './field-row';
import { DescriptionHelper } from './description-helper';
import { clipboardNoticeConfirmed, clipboardNoticeDue } from './clipboard-notice';
import { formLabel, formWord, sectionKey, type DescribeProblem } from './words';
import './assistant.scss';

/** A copy waiting for the user to read that it is going to the clipboard. */
interface PendingCopy {
  key: string;
  value: string;
  /** What is being copied, for the notice. */
  what: string;
}

/**
 * 填表助手: WeChat's registration, verification and filing forms filled from this filing's
 * profile, one section per form, fields in the form's order under the form's words. One tap
 * copies a field (masked on screen, copied whole); a section copies as "字段：值" text without ID
 * numbers unless switched on for that copy. Nothing is copied without a tap; the first copy of an
 * ID number or a mobile in a launch first says it is going to the clipboard.
 */
export function AssistantPage({ id, describe }: { id: string; describe: DescribeProblem }) {
  const t = useT();
  const locale = useLocale();
  const filing = useFiling(id);
  const [copied, setCopied] = useState<ReadonlySet<string>>(() => new Set());
  const [pending, setPending] = useState<PendingCopy | null>(null);
  const [includeIds, setIncludeIds] = useState<ReadonlySet<string>>(() => new Set());
  const desktop = useMemo(() => isDesktopWeChat(), []);

  useEffect(() => setNavigationTitle(t('fa.navTitle')), [t]);

  const today = todayInChina();
  const sections = useMemo(
    () => (filing ? filingForms(filing.profile, filing.verificationMethod, today) : []),
    [filing, today],
  );
  const problems = useMemo(() => (filing ? preflight(filing.profile, today) : []), [filing, today]);

  if (!filing) return <MissingFiling />;
  const profile = filing.profile;

  /** Copies now: called from the tap itself (or the notice's confirm tap), never later. */
  const copyNow = (key: string, value: string) => {
    void copyText(value).then((ok) => {
      if (ok) setCopied((current) => new Set(current).add(key));
      else showToast(t('fa.copyFailed'));
    });
  };

  const copyField = (section: FormSection, field: FormField) => {
    const value = fieldValue(field, formWord);
    if (value === null) return;
    const key = `${section.id}.${field.id}`;
    if (announcesClipboard(field) && clipboardNoticeDue()) {
      setPending({ key, value, what: t(`fa.label.${field.id}`) });
      return;
    }
    copyNow(key, value);
  };

  const copySection = (section: FormSection) => {
    const include = includeIds.has(section.id);
    const value = sectionAsText(
      section,
      {
        title: translate('zh-CN', sectionKey(section.id)),
        label: formLabel,
        term: formWord,
        missingText: translate('zh-CN', 'fa.copyAll.missing'),
        omittedText: translate('zh-CN', 'fa.copyAll.omitted'),
      },
      include,
    );
    // "Unless the user turns that on for this copy": the switch goes off with every copy.
    setIncludeIds((current) => {
      const next = new Set(current);
      next.delete(section.id);
      return next;
    });
    const key = `${section.id}.*`;
    const announces = section.fields.some(
      (f) => announcesClipboard(f) && fieldValue(f, formWord) !== null && (include || !isIdNumber(f)),
    );
    if (announces && clipboardNoticeDue()) {
      setPending({ key, value, what: t(sectionKey(section.id)) });
      return;
    }
    copyNow(key, value);
  };

  const fix = (field: FormField) => {
    if (field.fixAt === 'verification-method') navigateTo(routes.filing(filing.id));
    else if (field.fixAt === 'photos') navigateTo(routes.photos(filing.id));
    else if (field.fixAt) navigateTo(routes.profile(filing.id, field.fixAt));
  };

  const saveDescription = (text: string) =>
    useAppStore.getState().updateProfile(filing.id, (p) => ({ ...p, serviceDescription: text }), Date.now());

  const renderSection = (section: FormSection) => (
    <View key={section.id} className='fa-section' data-testid={`section-${section.id}`}>
      <Text className='fa-section__title'>{t(sectionKey(section.id))}</Text>
      <Text className='fa-section__order' data-testid={`order-${section.id}`}>
        {t(`fa.order.${section.order}`)}
      </Text>
      {section.skipped ? (
        <Text className='fa-section__skip' data-testid={`skipped-${section.id}`}>
          {t(`fa.skip.${section.skipped}`)}
        </Text>
      ) : null}
      {section.fields.map((field) => (
        <FieldRow
          key={field.id}
          section={section}
          field={field}
          profile={profile}
          locale={locale}
          t={t}
          describe={describe}
          copied={copied.has(`${section.id}.${field.id}`)}
          onCopy={() => copyField(section, field)}
          onFix={() => fix(field)}
        />
      ))}
      {section.id === 'icp-mini-program' ? (
        <DescriptionHelper
          profile={profile}
          problems={problems}
          locale={locale}
          t={t}
          describe={describe}
          onChange={saveDescription}
        />
      ) : null}
      {section.fields.length > 0 ? (
        <View className='fa-all'>
          <Text className='fa-all__note'>{t('fa.copyAll.note')}</Text>
          {section.fields.some(isIdNumber) ? (
            <View className='fa-all__switch'>
              <Text>{t('fa.copyAll.includeIds')}</Text>
              <Switch
                data-testid={`include-ids-${section.id}`}
                checked={includeIds.has(section.id)}
                color='#07c160'
                onChange={(e) =>
                  setIncludeIds((current) => {
                    const next = new Set(current);
                    if (e.detail.value) next.add(section.id);
                    else next.delete(section.id);
                    return next;
                  })
                }
              />
            </View>
          ) : null}
          <Text
            className={`fa-button${copied.has(`${section.id}.*`) ? ' fa-button--done' : ''}`}
            data-testid={`copy-all-${section.id}`}
            onClick={() => copySection(section)}
          >
            {copied.has(`${section.id}.*`) ? t('fa.copyAll.done') : t('fa.copyAll')}
          </Text>
        </View>
      ) : null}
    </View>
  );

  return (
    <View className={`page fa${desktop ? ' fa--desktop' : ''}`} data-testid='form-assistant'>
      <StorageBanner />
      <View className='fa__intro'>
        <Text className='fa__intro-text'>{t('fa.intro')}</Text>
        {desktop ? (
          <Text className='fa__intro-text' data-testid='desktop-note'>
            {t('fa.desktop')}
          </Text>
        ) : null}
      </View>
      {/* Registration and verification, then the filing: two columns in a wide window. */}
      <View className='fa__sections'>
        {[sections.filter((s) => !s.id.startsWith('icp-')), sections.filter((s) => s.id.startsWith('icp-'))].map(
          (column, index) => (
            <View key={index} className='fa__column'>
              {column.map(renderSection)}
            </View>
          ),
        )}
      </View>
      {pending ? (
        <View className='fa-notice' data-testid='clipboard-notice'>
          <View className='fa-notice__card'>
            <Text className='fa-notice__title'>{t('fa.notice.title')}</Text>
            <Text className='fa-notice__body'>{t('fa.notice.body', { label: pending.what })}</Text>
            <View className='fa-notice__actions'>
              <Text
                className='fa-button fa-button--plain'
                data-testid='clipboard-notice-cancel'
                onClick={() => setPending(null)}
              >
                {t('fa.notice.cancel')}
              </Text>
              <Text
                className='fa-button'
                data-testid='clipboard-notice-confirm'
                onClick={() => {
                  clipboardNoticeConfirmed();
                  setPending(null);
                  copyNow(pending.key, pending.value);
                }}
              >
                {t('fa.notice.confirm')}
              </Text>
            </View>
          </View>
        </View>
      ) : null}
      <PrivacySheet />
    </View>
  );
}
