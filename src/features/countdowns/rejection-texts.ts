import { useMemo } from 'react';
import { useT } from '@/components/use-t';
import type { RejectionTexts } from './sms-actions';

/** Texts stored with an SMS rejection, in the language in force when it is written down. */
export function useRejectionTexts(): RejectionTexts {
  const t = useT();
  return useMemo(
    () => ({
      field: t('sms.rejection.field'),
      expired: t('sms.rejection.expired'),
      locked: t('sms.rejection.locked'),
      fix: t('sms.rejection.fix'),
    }),
    [t],
  );
}
