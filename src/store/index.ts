import { taroStorage } from '@/platform/storage';
import { createAppStore } from './create-store';

/** The app's single store, persisted to WeChat storage (localStorage in the browser build). */
export const useAppStore = createAppStore(taroStorage);

export type { AppState } from './app-state';
