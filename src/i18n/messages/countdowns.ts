import { defineMessages } from '../define';

/** Messages of the countdowns feature. */
export const countdowns = defineMessages({
  'zh-CN': {
  },
  en: {
  },
});
