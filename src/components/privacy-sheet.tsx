import { useEffect, useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { answerPrivacyRequest, onPrivacyRequest, openPrivacyContract } from '@/platform/privacy';
import { useT } from './use-t';
import './privacy-sheet.scss';

/**
 * The consent sheet WeChat asks for (onNeedPrivacyAuthorization). Mounted on every page, because a
 * mini program has no app-level overlay; only the page in front receives the request.
 */
export function PrivacySheet() {
  const t = useT();
  const [open, setOpen] = useState(false);
  useEffect(() => onPrivacyRequest(setOpen), []);
  if (!open) return null;
  return (
    <View className='privacy-sheet'>
      <View className='privacy-sheet__panel'>
        <Text className='privacy-sheet__title'>{t('privacy.title')}</Text>
        <Text className='privacy-sheet__body'>{t('privacy.body')}</Text>
        <Text className='privacy-sheet__link' onClick={openPrivacyContract}>
          {t('privacy.contract')}
        </Text>
        <Button
          id='privacy-agree'
          className='btn'
          openType='agreePrivacyAuthorization'
          onAgreePrivacyAuthorization={() => answerPrivacyRequest(true, 'privacy-agree')}
        >
          {t('privacy.agree')}
        </Button>
        <Button className='btn btn--plain' onClick={() => answerPrivacyRequest(false)}>
          {t('privacy.decline')}
        </Button>
      </View>
    </View>
  );
}
