import { defineMessages } from '../define';

/** Messages of the share feature. */
export const share = defineMessages({
  'zh-CN': {
  },
  en: {
  },
});
