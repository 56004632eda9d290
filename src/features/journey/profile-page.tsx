import { useEffect, useMemo, useState } from 'react';
import { View, Text, Input } from '@tarojs/components';
import { filingUnsaved, useAppStore } from '@/store';
import {
  ENTITY_TYPES,
  ID_DOCUMENT_TYPES,
  MINI_PROGRAM_PRINCIPAL_ROLES,
  type FilingProfile,
  type PersonInCharge,
} from '@/domain/filing';
import { PROVINCES } from '@/domain/provinces';
import { maskCreditCode, maskIdNumber } from '@/domain/mask';
import { entityRulesOf } from '@/domain/entity-types';
import { PRIOR_APPROVAL_INDUSTRIES, type PriorApprovalIndustry } from '@/domain/prior-approval';
import { MINI_PROGRAM_NAME_LIMITS, weightedNameLength } from '@/domain/mini-program-name';
import { miniProgramPrincipalRoleOf } from '@/domain/principals';
import {
  MAX_SERVICE_TYPES,
  SERVICE_DESCRIPTION_LENGTH,
  codePointLength,
  preflight,
  type PreflightProblem,
} from '@/domain/preflight';
import type { ProfileFieldPath, ProfilePerson } from '@/domain/profile-fields';
import { useT, useLocale } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { setNavigationTitle, showToast } from '@/platform/system';
import { scrollToElementId } from '@/platform/scroll';
import { MissingFiling } from './missing-filing';
import { fieldLabel, principalTitle } from './journey-text';
import { problemText } from './problem-text';
import { todayInChina, useFiling } from './use-filing';
import {
  DateInput,
  FieldRow,
  fieldElementId,
  MaskedInput,
  MultiChoice,
  Note,
  Segments,
  Select,
  SwitchRow,
  TagsInput,
  TextArea,
  TextInput,
} from './profile-fields';
import './profile-page.scss';

/** The problem the form shows on one field: blocking before warning (as preflight's fieldProblem). */
function problemsByField(problems: PreflightProblem[]): Map<ProfileFieldPath, PreflightProblem> {
  const map = new Map<ProfileFieldPath, PreflightProblem>();
  for (const p of problems) {
    const current = map.get(p.field);
    if (!current || (current.severity === 'warning' && p.severity === 'blocking')) map.set(p.field, p);
  }
  return map;
}

/**
 * The filing profile form: every fact WeChat's registration, verification and filing forms ask
 * for, saved as typed, validated live, identifiers masked. What it asks depends on the entity
 * type (an individual is entity, administrator and mini program principal at once) and on who the
 * mini program's person in charge is.
 */
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
  const setPerson = <K extends keyof PersonInCharge>(who: ProfilePerson, key: K, value: PersonInCharge[K]) => {
    touch(`${who}.${key}`);
    update((p) => ({ ...p, [who]: { ...p[who], [key]: value } }));
  };
  const setLegalPerson = (key: keyof FilingProfile['legalPerson'], value: string) => {
    touch(`legalPerson.${key}`);
    update((p) => ({ ...p, legalPerson: { ...p.legalPerson, [key]: value } }));
  };

  /** The message under a field: hidden "required" until the user touched it. */
  const message = (path: ProfileFieldPath): { error: string | null; warning: string | null } => {
    const problem = problems.get(path);
    // The entity type's own note already says what this warning says.
    if (!problem || problem.code === 'personal-verification-optional') return { error: null, warning: null };
    if (problem.code === 'required' && !touched.has(path)) return { error: null, warning: null };
    const text = problemText(t, problem, profile);
    return problem.severity === 'blocking' ? { error: text, warning: null } : { error: null, warning: text };
  };
  const row = (path: ProfileFieldPath) => ({
    path,
    label: fieldLabel(t, path, profile),
    highlighted: field === path,
    ...message(path),
  });

  const rules = entityRulesOf(profile.entityType);
  const personal = profile.entityType === 'personal';
  const role = miniProgramPrincipalRoleOf(profile);
  const entityOptions = ENTITY_TYPES.map((v) => ({ value: v, label: t(`entity.${v}`) }));
  const provinceOptions = PROVINCES.map((p) => ({ value: p.code, label: locale === 'en' ? p.en : p.zh }));
  const documentOptions = ID_DOCUMENT_TYPES.map((v) => ({ value: v, label: t(`iddoc.${v}`) }));
  const certificateOptions = (rules?.certificates ?? []).map((v) => ({
    value: v,
    label: t(`cert.${v}`),
  }));
  const descriptionLength = codePointLength(profile.serviceDescription.trim());
  const nameLength = weightedNameLength(profile.miniProgramName.trim());
  const chosenIndustries = profile.priorApprovals.map((a) => a.industry);
  const legalPersonWarning = message('entityPrincipalIsLegalPerson').warning;

  const toggleIndustry = (industry: PriorApprovalIndustry) => {
    touch('priorApprovals');
    update((p) => ({
      ...p,
      priorApprovals: p.priorApprovals.some((a) => a.industry === industry)
        ? p.priorApprovals.filter((a) => a.industry !== industry)
        : [...p.priorApprovals, { industry, approvalNumber: '' }],
    }));
  };
  const setApprovalNumber = (industry: PriorApprovalIndustry, approvalNumber: string) =>
    update((p) => ({
      ...p,
      priorApprovals: p.priorApprovals.map((a) => (a.industry === industry ? { ...a, approvalNumber } : a)),
    }));

  /**
   * One person's inputs. `full` adds what a person in charge gives the filing form (validity,
   * email, own emergency number); an administrator who holds no filing role gives only name,
   * document and mobile (registration step 4.5).
   */
  const personFields = (who: ProfilePerson, full: boolean) => {
    const person = profile[who];
    const p = (k: keyof PersonInCharge): ProfileFieldPath => `${who}.${k}`;
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
        <FieldRow {...row(p('idType'))}>
          <Select
            path={p('idType')}
            options={documentOptions}
            value={person.idType}
            placeholder={t('profile.choose')}
            onChange={(v) => setPerson(who, 'idType', v as PersonInCharge['idType'])}
          />
        </FieldRow>
        <FieldRow {...row(p('idNumber'))}>
          <MaskedInput
            path={p('idNumber')}
            type={person.idType === 'resident-id' ? 'idcard' : 'text'}
            value={person.idNumber}
            mask={maskIdNumber}
            maxlength={24}
            placeholder={t('field.idNumber.placeholder')}
            onChange={(v) => setPerson(who, 'idNumber', v)}
            onBlur={() => touch(p('idNumber'))}
          />
        </FieldRow>
        {full ? (
          <>
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
        ) : null}
        <FieldRow {...row(p('mobile'))}>
          <TextInput
            path={p('mobile')}
            type='number'
            value={person.mobile}
            placeholder={t('field.mobile.placeholder')}
            maxlength={20}
            onChange={(v) => setPerson(who, 'mobile', v)}
            onBlur={() => touch(p('mobile'))}
          />
        </FieldRow>
        {full ? (
          <>
            <FieldRow {...row(p('email'))}>
              <TextInput
                path={p('email')}
                value={person.email}
                placeholder={t('profile.personEmail.placeholder')}
                maxlength={254}
                onChange={(v) => setPerson(who, 'email', v)}
                onBlur={() => touch(p('email'))}
              />
            </FieldRow>
            <FieldRow {...row(p('emergencyMobile'))}>
              <TextInput
                path={p('emergencyMobile')}
                type='number'
                value={person.emergencyMobile}
                placeholder={t('profile.emergency.placeholder')}
                maxlength={20}
                onChange={(v) => setPerson(who, 'emergencyMobile', v)}
                onBlur={() => touch(p('emergencyMobile'))}
              />
            </FieldRow>
          </>
        ) : null}
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
          {profile.entityType ? (
            <Note
              tone={personal ? 'warn' : 'info'}
              text={t(`profile.note.${profile.entityType}`)}
              testId={`note-entity-${profile.entityType}`}
            />
          ) : null}
        </FieldRow>
        {personal || !rules ? null : (
          <>
            <FieldRow {...row('entityName')}>
              <TextInput
                path='entityName'
                value={profile.entityName}
                placeholder={t('field.text.placeholder')}
                maxlength={100}
                onChange={(v) => set('entityName', v)}
                onBlur={() => touch('entityName')}
              />
            </FieldRow>
            {certificateOptions.length > 1 ? (
              <FieldRow {...row('certificateType')}>
                <Select
                  path='certificateType'
                  options={certificateOptions}
                  value={profile.certificateType || (certificateOptions[0]?.value ?? '')}
                  placeholder={t('profile.choose')}
                  onChange={(v) => set('certificateType', v as FilingProfile['certificateType'])}
                />
              </FieldRow>
            ) : null}
            <FieldRow {...row('certificateNumber')}>
              <MaskedInput
                path='certificateNumber'
                value={profile.certificateNumber}
                mask={maskCreditCode}
                maxlength={24}
                placeholder={t('field.certificateNumber.placeholder')}
                onChange={(v) => set('certificateNumber', v)}
                onBlur={() => touch('certificateNumber')}
              />
            </FieldRow>
            <FieldRow {...row('certificateValidFrom')}>
              <DateInput
                path='certificateValidFrom'
                value={profile.certificateValidFrom}
                placeholder={t('profile.chooseDate')}
                onChange={(v) => set('certificateValidFrom', v)}
              />
            </FieldRow>
            <SwitchRow
              path='certificateLongTerm'
              label={t('profile.longTerm')}
              checked={profile.certificateLongTerm}
              onChange={(v) => set('certificateLongTerm', v)}
            />
            {profile.certificateLongTerm ? null : (
              <FieldRow {...row('certificateValidTo')}>
                <DateInput
                  path='certificateValidTo'
                  value={profile.certificateValidTo}
                  placeholder={t('profile.chooseDate')}
                  onChange={(v) => set('certificateValidTo', v)}
                />
              </FieldRow>
            )}
            <View className='pf-row'>
              <Note text={t('profile.note.certificateValidity')} />
            </View>
            <FieldRow {...row('certificateAddress')}>
              <TextInput
                path='certificateAddress'
                value={profile.certificateAddress}
                placeholder={t('field.text.placeholder')}
                maxlength={120}
                onChange={(v) => set('certificateAddress', v)}
                onBlur={() => touch('certificateAddress')}
              />
            </FieldRow>
          </>
        )}
      </View>

      <View className='section-title'>{t('profile.group.address')}</View>
      <View className='group'>
        <FieldRow {...row('province')}>
          <Select
            path='province'
            options={provinceOptions}
            value={profile.province}
            placeholder={t('profile.choose')}
            onChange={(v) => set('province', v)}
          />
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
        <FieldRow {...row('district')}>
          <TextInput
            path='district'
            value={profile.district}
            placeholder={t('field.text.placeholder')}
            maxlength={40}
            onChange={(v) => set('district', v)}
            onBlur={() => touch('district')}
          />
        </FieldRow>
        <FieldRow {...row('address')}>
          <TextInput
            path='address'
            value={profile.address}
            placeholder={t('field.address.placeholder')}
            maxlength={120}
            onChange={(v) => set('address', v)}
            onBlur={() => touch('address')}
          />
          <Note text={t('profile.note.address')} testId='note-address' />
        </FieldRow>
        {personal ? (
          <FieldRow {...row('residesInFilingProvince')}>
            <Segments
              path='residesInFilingProvince'
              value={profile.residesInFilingProvince}
              options={[
                { value: 'yes', label: t('profile.residence.yes') },
                { value: 'no', label: t('profile.residence.no') },
              ]}
              onChange={(v) => set('residesInFilingProvince', v as FilingProfile['residesInFilingProvince'])}
            />
            <Note text={t('profile.note.q2')} testId='note-q2' />
          </FieldRow>
        ) : null}
      </View>

      <View className='section-title'>
        {personal ? t('profile.group.self') : t('profile.group.principal', { who: principalTitle(t, profile) })}
      </View>
      <View className='group' data-testid='entity-principal'>
        {personal ? null : (
          <>
            <SwitchRow
              path='entityPrincipalIsLegalPerson'
              label={t('field.entityPrincipalIsLegalPerson')}
              checked={profile.entityPrincipalIsLegalPerson}
              onChange={(v) => set('entityPrincipalIsLegalPerson', v)}
            />
            <View className='pf-row'>
              <Note
                tone={legalPersonWarning ? 'warn' : 'info'}
                text={legalPersonWarning ?? t('profile.note.legalPerson')}
                testId='note-legal-person'
              />
            </View>
            {profile.entityPrincipalIsLegalPerson ? null : (
              <>
                <FieldRow {...row('legalPerson.name')}>
                  <TextInput
                    path='legalPerson.name'
                    value={profile.legalPerson.name}
                    placeholder={t('field.name.placeholder')}
                    maxlength={40}
                    onChange={(v) => setLegalPerson('name', v)}
                    onBlur={() => touch('legalPerson.name')}
                  />
                </FieldRow>
                <FieldRow {...row('legalPerson.idNumber')}>
                  <MaskedInput
                    path='legalPerson.idNumber'
                    type='text'
                    value={profile.legalPerson.idNumber}
                    mask={maskIdNumber}
                    maxlength={24}
                    placeholder={t('field.idNumber.placeholder')}
                    onChange={(v) => setLegalPerson('idNumber', v)}
                    onBlur={() => touch('legalPerson.idNumber')}
                  />
                </FieldRow>
              </>
            )}
          </>
        )}
        {personFields('entityPrincipal', true)}
        <View className='pf-row'>
          <Note text={t('profile.note.validity')} />
        </View>
      </View>

      <View className='section-title'>{t('profile.group.account')}</View>
      <View className='group'>
        <FieldRow {...row('registrationEmail')}>
          <TextInput
            path='registrationEmail'
            value={profile.registrationEmail}
            placeholder={t('field.email.placeholder')}
            maxlength={254}
            onChange={(v) => set('registrationEmail', v)}
            onBlur={() => touch('registrationEmail')}
          />
          <Note text={t('profile.note.email')} testId='note-email' />
        </FieldRow>
        {personal ? null : (
          <>
            <View className='pf-row'>
              <Note tone='warn' text={t('profile.note.admin')} testId='note-admin' />
            </View>
            {personFields('administrator', role === 'administrator')}
          </>
        )}
      </View>

      {personal ? null : (
        <>
          <View className='section-title'>{t('profile.group.mpPrincipal')}</View>
          <View className='group' data-testid='mini-program-principal'>
            <FieldRow {...row('miniProgramPrincipalRole')}>
              <Segments
                path='miniProgramPrincipalRole'
                value={role}
                options={MINI_PROGRAM_PRINCIPAL_ROLES.map((value) => ({
                  value,
                  label: t(`profile.mpRole.${value}`),
                }))}
                onChange={(v) => set('miniProgramPrincipalRole', v as FilingProfile['miniProgramPrincipalRole'])}
              />
              <Note text={t('profile.note.mpRole')} testId='note-mp-role' />
            </FieldRow>
            {role === 'someone-else' ? personFields('miniProgramPrincipal', true) : null}
          </View>
        </>
      )}

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

      <View className='section-title'>{t('profile.group.miniProgram')}</View>
      <View className='group'>
        <FieldRow
          {...row('miniProgramName')}
          aside={
            <Text
              className={`pf-count${nameLength > MINI_PROGRAM_NAME_LIMITS.max || (nameLength > 0 && nameLength < MINI_PROGRAM_NAME_LIMITS.min) ? ' danger-text' : ''}`}
              data-testid='name-count'
            >
              {t('profile.name.count', { count: nameLength, max: MINI_PROGRAM_NAME_LIMITS.max })}
            </Text>
          }
        >
          <TextInput
            path='miniProgramName'
            value={profile.miniProgramName}
            placeholder={t('field.text.placeholder')}
            maxlength={60}
            onChange={(v) => set('miniProgramName', v)}
            onBlur={() => touch('miniProgramName')}
          />
          <Note text={t('profile.note.name')} testId='note-name' />
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
          <>
            <FieldRow {...row('priorApprovals')}>
              <MultiChoice
                path='priorApprovals'
                options={PRIOR_APPROVAL_INDUSTRIES.map((industry) => ({
                  value: industry,
                  label: t(`industry.${industry}`),
                }))}
                values={chosenIndustries}
                onToggle={(v) => toggleIndustry(v as PriorApprovalIndustry)}
              />
              {profile.priorApprovals.map((approval) => (
                <View key={approval.industry} className='pf-approval'>
                  <Text className='pf-approval__name'>{t(`industry.${approval.industry}`)}</Text>
                  <Input
                    className='pf-input'
                    data-testid={`input-approval-${approval.industry}`}
                    value={approval.approvalNumber}
                    maxlength={60}
                    placeholder={t('profile.approvalNumber.placeholder')}
                    placeholderClass='pf-placeholder'
                    onInput={(e) => setApprovalNumber(approval.industry, e.detail.value)}
                  />
                </View>
              ))}
            </FieldRow>
            <FieldRow {...row('otherPriorApprovals')}>
              <TagsInput
                path='otherPriorApprovals'
                tags={profile.otherPriorApprovals}
                placeholder={t('profile.otherApprovals.placeholder')}
                onChange={(tags) => set('otherPriorApprovals', tags)}
              />
            </FieldRow>
          </>
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

      {rules?.isOrganisation ? (
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
      ) : null}

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
        {problems.has('authorizationLetterDate') ||
        profile.authorizationLetterDate !== '' ||
        (!personal && role !== 'entity-principal') ? (
          <FieldRow {...row('authorizationLetterDate')}>
            <DateInput
              path='authorizationLetterDate'
              value={profile.authorizationLetterDate}
              placeholder={t('profile.chooseDate')}
              onChange={(v) => set('authorizationLetterDate', v)}
            />
          </FieldRow>
        ) : null}
        <View className='pf-row'>
          <Note text={t('profile.note.letters')} />
        </View>
      </View>
      <PrivacySheet />
    </View>
  );
}
