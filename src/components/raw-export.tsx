import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { useAppStore } from '@/store';
import { confirmModal, showToast } from '@/platform/system';
import { EXPORT_SENDS_TO_CHAT, prepareExportFile, sendExportFile, type PreparedExport } from '@/platform/export-file';
import { useT } from './use-t';

/** File name with the local time, e.g. filing-companion-raw-20260506-101500.json. */
function exportName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `filing-companion-raw-${stamp}.json`;
}

/**
 * "Export raw data": the unreadable values, verbatim, in one file the user sends on purpose. It
 * holds personal data unencrypted, so a warning comes first; nothing goes to the clipboard. Two
 * taps: the first prepares the file, the second sends it (WeChat allows shareFileMessage only
 * in a tap, with nothing awaited before it).
 */
export function RawExport() {
  const t = useT();
  const [prepared, setPrepared] = useState<PreparedExport | null>(null);
  const [busy, setBusy] = useState(false);

  const prepare = async () => {
    if (busy) return;
    const sure = await confirmModal({
      title: t('storage.export.warn.title'),
      content: t('storage.export.warn.body'),
      confirmText: t('storage.export.continue'),
      cancelText: t('common.cancel'),
    });
    if (!sure) return;
    setBusy(true);
    try {
      const now = new Date();
      const items = useAppStore.rawExport().map((item) => ({
        source: item.source,
        reason: item.reason,
        foundAt: item.at ? new Date(item.at).toISOString() : null,
        raw: item.raw,
      }));
      const text = JSON.stringify(
        { app: 'filing-companion', kind: 'raw-data', exportedAt: now.toISOString(), items },
        null,
        1,
      );
      setPrepared(await prepareExportFile(exportName(now), text));
    } catch {
      showToast(t('storage.export.failed'));
    } finally {
      setBusy(false);
    }
  };

  // Called straight from the tap: sendExportFile calls shareFileMessage before anything else.
  const send = (file: PreparedExport) => {
    void sendExportFile(file).then((result) => {
      if (result === 'failed') showToast(t('storage.export.failed'));
    });
  };

  return (
    <View className='raw-export'>
      <Button className='btn btn--small btn--plain' data-testid='raw-export' onClick={() => void prepare()}>
        {t('storage.export')}
      </Button>
      {prepared ? (
        <View className='raw-export__ready'>
          <Text className='raw-export__name'>{t('storage.export.ready', { name: prepared.name })}</Text>
          <Button className='btn btn--small' data-testid='raw-export-send' onClick={() => send(prepared)}>
            {t(EXPORT_SENDS_TO_CHAT ? 'storage.export.send' : 'storage.export.download')}
          </Button>
        </View>
      ) : null}
    </View>
  );
}
