import { defineMessages } from '../define';

/** Messages of the journey feature. */
export const journey = defineMessages({
  'zh-CN': {
  },
  en: {
  },
});
