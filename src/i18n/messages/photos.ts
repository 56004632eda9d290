import { defineMessages } from '../define';

/** Messages of the photos feature. */
export const photos = defineMessages({
  'zh-CN': {
  },
  en: {
  },
});
