/**
 * Browser build of export-file.ts: the file is a Blob and "send" downloads it (there is no chat
 * to send to). Same exports as export-file.ts.
 */

export interface PreparedExport {
  path: string;
  name: string;
}

export type ExportSendResult = 'sent' | 'cancelled' | 'failed';

export const EXPORT_SENDS_TO_CHAT = false;

let current: string | null = null;

export function exportDir(): string {
  return '';
}

/** Forgets the previous export's object URL (the browser keeps no file of ours). */
export async function removeExportFiles(): Promise<void> {
  if (current) URL.revokeObjectURL(current);
  current = null;
}

export async function prepareExportFile(name: string, text: string): Promise<PreparedExport> {
  await removeExportFiles();
  current = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  return { path: current, name };
}

/** Downloads the prepared file (call from the tap, like the weapp send). */
export function sendExportFile(file: PreparedExport): Promise<ExportSendResult> {
  try {
    const link = document.createElement('a');
    link.href = file.path;
    link.download = file.name;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    return Promise.resolve('sent');
  } catch {
    return Promise.resolve('failed');
  }
}
