// Taro's mini-program runtime calls ReactDOM.createRoot when React reports version 18, and
// preact/compat reports 18.3.1 — but keeps createRoot in preact/compat/client. This module is
// what `react-dom` resolves to in the weapp build: compat plus its client entry.
import compat from 'preact/compat';
import { createRoot, hydrateRoot } from 'preact/compat/client';

export * from 'preact/compat';
export { createRoot, hydrateRoot };
export default Object.assign({}, compat, { createRoot, hydrateRoot });
