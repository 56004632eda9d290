/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined;
    NODE_ENV: 'development' | 'production' | 'test';
  }
}
