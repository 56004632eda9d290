/**
 * The words the assistant shows and copies. What is copied is always in the forms' language
 * (zh-CN): the forms are Chinese, whatever language the app shows. On screen, labels and options
 * are in the app's language, with the form's own words beside them in English.
 */
import { translate } from '@/i18n';
import type { FilingProfile } from '@/domain/filing';
import type { PreflightProblem } from '@/domain/preflight';
import type { FormFieldId, FormSectionId, FormTermKey } from '@/domain/filing-forms';
import type { Translate } from '@/features/journey';

/** Turns a pre-flight problem into a sentence (the journey's problemText, passed in by the page). */
export type DescribeProblem = (t: Translate, problem: PreflightProblem, profile: FilingProfile) => string;

export const labelKey = (id: FormFieldId) => `fa.label.${id}` as const;
export const sectionKey = (id: FormSectionId) => `fa.section.${id}` as const;

/** An option in the form's own words (what a tap copies). */
export const formWord = (key: FormTermKey): string => translate('zh-CN', key);

/** A label in the form's own words. */
export const formLabel = (id: FormFieldId): string => translate('zh-CN', labelKey(id));
