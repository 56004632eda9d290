// Code that runs in WeChat or in the browser has no Node `process`: Taro's build replaces the text
// `process.env.TARO_ENV` / `process.env.NODE_ENV` with string literals (never destructure it;
// docs/stack-notes.md trap 5). Tests, scripts and config get the real one from @types/node instead.
declare const process: { readonly env: NodeJS.ProcessEnv };
