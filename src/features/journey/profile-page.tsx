import { useEffect, useMemo, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { filingUnsaved, useAppStore } from '@/store';
import { ENTITY_TYPES, type FilingProfile, type PersonIdentity } from '@/domain/filing';
import { PROVINCES } from '@/domain/provinces';
import { maskCreditCode, maskIdNumber } from '@/domain/mask';
import {
  MAX_SERVICE_TYPES,
  SERVICE_DESCRIPTION_LENGTH,
  codePointLength,
  preflight,
  type PreflightProblem,
  type ProfileFieldPath,
} from '@/domain/preflight';
import { useT, useLocale } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { setNavigationTitle, showToast } from '@/platform/system';
import { scrollToElementId } from '@/platform/scroll';
import type { MessageKey } from '@/i18n';
import { MissingFiling } from './missing-filing';
import { fieldLabelKey, problemText } from './journey-text';
import { todayInChina, useFiling } from './use-filing';
import {
  DateInput,
  FieldRow,
  fieldElementId,
  MaskedInput,
  Note,
  Segments,
  Select,
  SwitchRow,
  TagsInput,
  TextArea,
  TextInput,
} from './profile-fields';
import './profile-page.scss';

type Person = 'legalRepresentative' | 'personInCharge';

/** The problem the form shows on one field: blocking before warning (as preflight's fieldProblem). */
function problemsByField(problems: PreflightProblem[]): Map<ProfileFieldPath, PreflightProblem> {
  const map = new Map<ProfileFieldPath, PreflightProblem>();
  for (const p of problems) {
    const current = map.get(p.field);
    if (!current || (current.severity === 'warning' && p.severity === 'blocking')) map.set(p.field, p);
  }
  return map;
}

/** The filing profile form: every field saved as typed, validated live, identifiers masked. */
export function ProfilePage({ id, field }: { id: string; field?: string }) {
  const t = useT();
  const locale = useLocale();
  const filing = useFiling(id);
  const unsaved = useAppStore((s) => filingUnsaved(s, id));
  const [touched, setTouched] = useState<Set<string>>(() => new Set(field ? [field] : []));

  useEffect(() => setNavigationTitle(t('profile.navTitle')), [t]);
  useEffect(() => {
    if (!field) return undefined;
    const timer = setTimeout(() => scrollToElementId(fieldElementId(field)), 300);
    return () => clearTimeout(timer);
  }, [field]);

  const today = todayInChina();
  const problems = useMemo(
    () => (filing ? problemsByField(preflight(filing.profile, today)) : new Map()),
    [filing, today],
  );

  if (!filing) return <MissingFiling />;
  const profile = filing.profile;

  const touch = (path: string) => setTouched((current) => (current.has(path) ? current : new Set(current).add(path)));
  const update = (change: (p: FilingProfile) => FilingProfile) =>
    useAppStore.getState().updateProfile(id, change, Date.now());
  const set = <K extends keyof FilingProfile>(key: K, value: FilingProfile[K]) => {
    touch(key);
    update((p) => ({ ...p, [key]: value }));
  };
  const setPerson = (who: Person, key: keyof PersonIdentity | 'mobile', value: string | boolean) => {
    touch(`${who}.${key}`);
    update((p) => ({ ...p, [who]: { ...p[who], [key]: value } }));
  };

  /** The message under a field: hidden "required" until the user touched it. */
  const message = (path: ProfileFieldPath): { error: string | null; warning: string | null } => {
    const problem = problems.get(path);
    if (!problem) return { error: null, warning: null };
    if (problem.code === 'required' && !touched.has(path)) return { error: null, warning: null };
    const text = problemText(t, problem, profile);
    return problem.severity === 'blocking' ? { error: text, warning: null } : { error: null, warning: text };
  };
  const row = (path: ProfileFieldPath) => ({
    path,
    label: t(fieldLabelKey(path)),
    highlighted: field === path,
    ...message(path),
  });

  const entityOptions = ENTITY_TYPES.map((v) => ({ value: v, label: t(`entity.${v}` as MessageKey) }));
  const provinceOptions = PROVINCES.map((p) => ({ value: p.code, label: locale === 'en' ? p.en : p.zh }));
  const personal = profile.entityType === 'personal';
  const descriptionLength = codePointLength(profile.serviceDescription.trim());

  const personFields = (who: Person) => {
    const person = profile[who];
    const p = (k: string) => `${who}.${k}` as ProfileFieldPath;
    return (
      <>
        <FieldRow {...row(p('name'))}>
          <TextInput
            path={p('name')}
            value={person.name}
            placeholder={t('field.name.placeholder')}
            maxlength={40}
            onChange={(v) => setPerson(who, 'name', v)}
            onBlur={() => touch(p('name'))}
          />
        </FieldRow>
        <FieldRow {...row(p('idNumber'))}>
          <MaskedInput
            path={p('idNumber')}
            type='idcard'
            value={person.idNumber}
            mask={maskIdNumber}
            maxlength={22}
            placeholder={t('field.idNumber.placeholder')}
            onChange={(v) => setPerson(who, 'idNumber', v)}
            onBlur={() => touch(p('idNumber'))}
          />
        </FieldRow>
        <FieldRow {...row(p('idValidFrom'))}>
          <DateInput
            path={p('idValidFrom')}
            value={person.idValidFrom}
            placeholder={t('profile.chooseDate')}
            onChange={(v) => setPerson(who, 'idValidFrom', v)}
          />
        </FieldRow>
        <SwitchRow
          path={p('idLongTerm')}
          label={t('profile.longTerm')}
          checked={person.idLongTerm}
          onChange={(v) => setPerson(who, 'idLongTerm', v)}
        />
        {person.idLongTerm ? null : (
          <FieldRow {...row(p('idValidTo'))}>
            <DateInput
              path={p('idValidTo')}
              value={person.idValidTo}
              placeholder={t('profile.chooseDate')}
              onChange={(v) => setPerson(who, 'idValidTo', v)}
            />
          </FieldRow>
        )}
      </>
    );
  };

  return (
    <View className='page profile-page'>
      <StorageBanner />
      <View className={`profile-page__saved${unsaved ? ' profile-page__saved--unsaved' : ''}`}>
        {/* "Saved as you type" only while it is true. */}
        <Text data-testid='profile-save-state'>{t(unsaved ? 'storage.profile.unsaved' : 'profile.saved')}</Text>
      </View>

      <View className='section-title'>{t('profile.group.entity')}</View>
      <View className='group'>
        <FieldRow {...row('entityType')}>
          <Select
            path='entityType'
            options={entityOptions}
            value={profile.entityType}
            placeholder={t('profile.choose')}
            onChange={(v) => set('entityType', v as FilingProfile['entityType'])}
          />
          {personal ? <Note tone='warn' text={t('profile.note.personal')} testId='note-personal' /> : null}
        </FieldRow>
        {personal ? null : (
          <>
            <FieldRow {...row('companyName')}>
              <TextInput
                path='companyName'
                value={profile.companyName}
                placeholder={t('field.text.placeholder')}
                maxlength={100}
                onChange={(v) => set('companyName', v)}
                onBlur={() => touch('companyName')}
              />
            </FieldRow>
            <FieldRow {...row('creditCode')}>
              <MaskedInput
                path='creditCode'
                value={profile.creditCode}
                mask={maskCreditCode}
                maxlength={24}
                placeholder={t('field.creditCode.placeholder')}
                onChange={(v) => set('creditCode', v)}
                onBlur={() => touch('creditCode')}
              />
            </FieldRow>
          </>
        )}
        <FieldRow {...row('province')}>
          <Select
            path='province'
            options={provinceOptions}
            value={profile.province}
            placeholder={t('profile.choose')}
            onChange={(v) => set('province', v)}
          />
          <Note text={t('profile.note.q2')} testId='note-q2' />
          <Note text={t('profile.note.provinceMatch')} />
        </FieldRow>
        <FieldRow {...row('city')}>
          <TextInput
            path='city'
            value={profile.city}
            placeholder={t('field.text.placeholder')}
            maxlength={40}
            onChange={(v) => set('city', v)}
            onBlur={() => touch('city')}
          />
        </FieldRow>
      </View>

      <View className='section-title'>{t('profile.group.miniProgram')}</View>
      <View className='group'>
        <FieldRow {...row('miniProgramName')}>
          <TextInput
            path='miniProgramName'
            value={profile.miniProgramName}
            placeholder={t('field.text.placeholder')}
            maxlength={60}
            onChange={(v) => set('miniProgramName', v)}
            onBlur={() => touch('miniProgramName')}
          />
        </FieldRow>
        <FieldRow
          {...row('serviceDescription')}
          aside={
            <Text
              className={`pf-count${descriptionLength > SERVICE_DESCRIPTION_LENGTH.max || (descriptionLength > 0 && descriptionLength < SERVICE_DESCRIPTION_LENGTH.min) ? ' danger-text' : ''}`}
            >
              {t('profile.description.count', { count: descriptionLength, max: SERVICE_DESCRIPTION_LENGTH.max })}
            </Text>
          }
        >
          <TextArea
            path='serviceDescription'
            value={profile.serviceDescription}
            placeholder={t('field.serviceDescription.placeholder')}
            maxlength={400}
            onChange={(v) => set('serviceDescription', v)}
            onBlur={() => touch('serviceDescription')}
          />
        </FieldRow>
        <FieldRow
          {...row('serviceTypes')}
          aside={
            <Text className='pf-count'>
              {t('profile.serviceTypes.count', { count: profile.serviceTypes.length, max: MAX_SERVICE_TYPES })}
            </Text>
          }
        >
          <TagsInput
            path='serviceTypes'
            tags={profile.serviceTypes}
            max={MAX_SERVICE_TYPES}
            placeholder={t('profile.serviceTypes.placeholder')}
            onChange={(tags) => set('serviceTypes', tags)}
            onFull={() => showToast(t('profile.serviceTypes.full', { max: MAX_SERVICE_TYPES }))}
          />
        </FieldRow>
        <FieldRow {...row('priorApproval')}>
          <Segments
            path='priorApproval'
            value={profile.priorApproval}
            options={[
              { value: 'none', label: t('profile.priorApproval.none') },
              { value: 'required', label: t('profile.priorApproval.required') },
            ]}
            onChange={(v) => set('priorApproval', v as FilingProfile['priorApproval'])}
          />
          <Note text={t('profile.note.q3')} testId='note-q3' />
        </FieldRow>
        {profile.priorApproval === 'required' ? (
          <FieldRow {...row('priorApprovalItems')}>
            <TagsInput
              path='priorApprovalItems'
              tags={profile.priorApprovalItems}
              placeholder={t('profile.priorItems.placeholder')}
              onChange={(tags) => set('priorApprovalItems', tags)}
            />
          </FieldRow>
        ) : null}
        <SwitchRow
          path='publishedBeforeSept2023'
          label={t('field.publishedBeforeSept2023')}
          checked={profile.publishedBeforeSept2023}
          onChange={(v) => set('publishedBeforeSept2023', v)}
        />
        {profile.publishedBeforeSept2023 ? (
          <View className='pf-row'>
            <Note tone='warn' text={t('profile.note.published')} testId='note-published' />
          </View>
        ) : null}
      </View>

      <View className='section-title'>{t('profile.group.admin')}</View>
      <View className='group'>
        <View className='pf-row'>
          <Note tone='warn' text={t('profile.note.admin')} testId='note-admin' />
        </View>
        <FieldRow {...row('adminName')}>
          <TextInput
            path='adminName'
            value={profile.adminName}
            placeholder={t('field.name.placeholder')}
            maxlength={40}
            onChange={(v) => set('adminName', v)}
            onBlur={() => touch('adminName')}
          />
        </FieldRow>
        <FieldRow {...row('adminMobile')}>
          <TextInput
            path='adminMobile'
            type='number'
            value={profile.adminMobile}
            placeholder={t('field.mobile.placeholder')}
            maxlength={20}
            onChange={(v) => set('adminMobile', v)}
            onBlur={() => touch('adminMobile')}
          />
        </FieldRow>
        <FieldRow {...row('adminEmail')}>
          <TextInput
            path='adminEmail'
            value={profile.adminEmail}
            placeholder={t('field.email.placeholder')}
            maxlength={254}
            onChange={(v) => set('adminEmail', v)}
            onBlur={() => touch('adminEmail')}
          />
          <Note text={t('profile.note.email')} testId='note-email' />
        </FieldRow>
      </View>

      <View className='section-title'>{t('profile.group.emergency')}</View>
      <View className='group'>
        <FieldRow {...row('emergencyMobile')}>
          <TextInput
            path='emergencyMobile'
            type='number'
            value={profile.emergencyMobile}
            placeholder={t('field.mobile.placeholder')}
            maxlength={20}
            onChange={(v) => set('emergencyMobile', v)}
            onBlur={() => touch('emergencyMobile')}
          />
          <Note text={t('profile.note.mobiles')} />
        </FieldRow>
      </View>

      <View className='section-title'>{t('profile.group.legalRep')}</View>
      <View className='group'>
        {personFields('legalRepresentative')}
        <View className='pf-row'>
          <Note text={t('profile.note.validity')} />
        </View>
        <SwitchRow
          path='legalRepIsPersonInCharge'
          label={t('field.legalRepIsPersonInCharge')}
          checked={profile.legalRepIsPersonInCharge}
          onChange={(v) => set('legalRepIsPersonInCharge', v)}
        />
        <View className='pf-row'>
          <Note text={t('profile.legalRepIsPersonInCharge.note')} />
        </View>
      </View>

      {profile.legalRepIsPersonInCharge ? null : (
        <>
          <View className='section-title'>{t('profile.group.personInCharge')}</View>
          <View className='group' data-testid='person-in-charge'>
            {personFields('personInCharge')}
            <FieldRow {...row('personInCharge.mobile')}>
              <TextInput
                path='personInCharge.mobile'
                type='number'
                value={profile.personInCharge.mobile}
                placeholder={t('field.mobile.placeholder')}
                maxlength={20}
                onChange={(v) => setPerson('personInCharge', 'mobile', v)}
                onBlur={() => touch('personInCharge.mobile')}
              />
            </FieldRow>
          </View>
        </>
      )}

      {personal ? null : (
        <>
          <View className='section-title'>{t('profile.group.bank')}</View>
          <View className='group'>
            <FieldRow {...row('bankReady')}>
              <Segments
                path='bankReady'
                value={profile.bankReady ? 'yes' : 'no'}
                options={[
                  { value: 'yes', label: t('profile.bankReady.yes') },
                  { value: 'no', label: t('profile.bankReady.no') },
                ]}
                onChange={(v) => set('bankReady', v === 'yes')}
              />
            </FieldRow>
            <FieldRow {...row('bankLast4')}>
              <TextInput
                path='bankLast4'
                type='number'
                value={profile.bankLast4}
                maxlength={4}
                placeholder={t('profile.bankLast4.placeholder')}
                onChange={(v) => set('bankLast4', v.replace(/\D/g, '').slice(0, 4))}
              />
              <Note text={t('profile.bankLast4.note')} />
            </FieldRow>
          </View>
        </>
      )}

      <View className='section-title'>{t('profile.group.letters')}</View>
      <View className='group'>
        <FieldRow {...row('commitmentLetterDate')}>
          <DateInput
            path='commitmentLetterDate'
            value={profile.commitmentLetterDate}
            placeholder={t('profile.chooseDate')}
            onChange={(v) => set('commitmentLetterDate', v)}
          />
        </FieldRow>
        {profile.legalRepIsPersonInCharge ? null : (
          <FieldRow {...row('authorizationLetterDate')}>
            <DateInput
              path='authorizationLetterDate'
              value={profile.authorizationLetterDate}
              placeholder={t('profile.chooseDate')}
              onChange={(v) => set('authorizationLetterDate', v)}
            />
          </FieldRow>
        )}
        <View className='pf-row'>
          <Note text={t('profile.note.letters')} />
        </View>
      </View>
      <PrivacySheet />
    </View>
  );
}
