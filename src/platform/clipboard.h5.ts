/**
 * The browser build's clipboard, same interface as clipboard.ts. It does not use Taro's H5
 * setClipboardData, which also writes the copied text to localStorage ('taro_clipboard'): an ID
 * number copied there would stay on the computer after the copy. The asynchronous Clipboard API
 * runs inside the click's user activation (call it from the tap, as on weapp); where it is
 * missing or refused, a hidden textarea and document.execCommand('copy') stand in.
 */
function copyThroughTextarea(data: string): boolean {
  try {
    const area = document.createElement('textarea');
    area.value = data;
    area.readOnly = true;
    area.style.position = 'fixed';
    area.style.left = '-10000px';
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand('copy');
    document.body.removeChild(area);
    return copied;
  } catch {
    return false;
  }
}

export function copyText(data: string): Promise<boolean> {
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  if (clipboard && typeof clipboard.writeText === 'function') {
    return clipboard.writeText(data).then(
      () => true,
      () => copyThroughTextarea(data),
    );
  }
  return Promise.resolve(copyThroughTextarea(data));
}
