import { useMemo, useRef, useState } from 'react';
import { View, Text, Button, Input } from '@tarojs/components';
import type { PhotoRef } from '@/domain/filing-record';
import type { PhotoSlotId } from '@/domain/materials';
import { chinaDateOf } from '@/domain/working-days';
import { DEFAULT_WATERMARK_PURPOSE, MAX_WATERMARK_PURPOSE_CHARS, defaultWatermarkText } from '@/domain/watermark';
import { useT } from '@/components/use-t';
import { canShareFile, saveToAlbum, shareAsFile } from '@/platform/album';
import { showToast } from '@/platform/system';
import { exportPhoto, type PhotoExport } from './photo-service';
import { kindOfSlot } from './slots';
import { DeniedNotice } from './denied-notice';

interface ExportPanelProps {
  slot: PhotoSlotId;
  photo: PhotoRef;
  slotName: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; exported: PhotoExport }
  | { kind: 'failed' }
  | { kind: 'denied' };

/**
 * Export of one photo to the upload spec: the purpose line of the watermark (editable, kept for
 * this export only), then save to the album / send as a file (weapp) or download (browser).
 */
export function ExportPanel({ slot, photo, slotName }: ExportPanelProps) {
  const t = useT();
  const [purpose, setPurpose] = useState(DEFAULT_WATERMARK_PURPOSE);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const cache = useRef<{ key: string; exported: PhotoExport } | null>(null);
  const text = useMemo(() => defaultWatermarkText(purpose, chinaDateOf(Date.now())), [purpose]);
  const kind = kindOfSlot(slot);

  const send = async (how: 'album' | 'file') => {
    setStatus({ kind: 'working' });
    try {
      const key = `${photo.file}|${text}`;
      let exported = cache.current?.key === key ? cache.current.exported : null;
      if (!exported) {
        exported = await exportPhoto(
          photo,
          kind,
          text,
          `${slotName}-${chinaDateOf(Date.now())}`.replace(/[\\/:*?"<>|\s]+/g, '-'),
        );
        cache.current = { key, exported };
      }
      const sent =
        how === 'album'
          ? await saveToAlbum(exported.jpeg.data, exported.fileName)
          : await shareAsFile(exported.jpeg.data, exported.fileName);
      if (!sent.ok && sent.reason === 'denied') {
        setStatus({ kind: 'denied' });
        return;
      }
      setStatus({ kind: 'done', exported });
      if (sent.ok) showToast(t('photos.export.sent'), 'success');
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  const result = status.kind === 'done' ? status.exported.result : null;
  const resultParams = result
    ? {
        w: result.width,
        h: result.height,
        kb: Math.ceil(result.bytes / 1024),
        min: status.kind === 'done' ? minLongOf(status.exported) : 0,
      }
    : null;

  return (
    <View className='photo-export' data-testid={`export-${slot}`}>
      <Text className='photo-export__label'>{t('photos.export.purpose')}</Text>
      <Input
        className='photo-export__input'
        data-testid='watermark-purpose'
        value={purpose}
        maxlength={MAX_WATERMARK_PURPOSE_CHARS}
        placeholder={t('photos.export.purposePlaceholder')}
        onInput={(e) => setPurpose(e.detail.value)}
      />
      <Text className='photo-export__preview' data-testid='watermark-preview'>
        {t('photos.export.preview', { text })}
      </Text>
      <View className='photo-export__buttons'>
        <Button
          className='btn'
          data-testid='export-save'
          disabled={status.kind === 'working' || undefined}
          onClick={() => void send('album')}
        >
          {status.kind === 'working'
            ? t('photos.export.working')
            : t(canShareFile ? 'photos.export.save' : 'photos.export.download')}
        </Button>
        {canShareFile ? (
          <Button
            className='btn btn--plain'
            data-testid='export-share'
            disabled={status.kind === 'working' || undefined}
            onClick={() => void send('file')}
          >
            {t('photos.export.share')}
          </Button>
        ) : null}
      </View>
      {result && resultParams ? (
        <Text
          className={`photo-export__result ${result.metSpec ? 'ok-text' : 'warn-text'}`}
          data-testid='export-result'
        >
          {t(
            result.metSpec
              ? 'photos.export.met'
              : result.reason === 'below-min-size'
                ? 'photos.export.belowMin'
                : 'photos.export.tooLarge',
            resultParams,
          )}
        </Text>
      ) : null}
      {result && resultParams && result.metSpec && result.belowMinBytes ? (
        <Text className='photo-export__result warn-text' data-testid='export-under-min-bytes'>
          {t('photos.export.underMinBytes', resultParams)}
        </Text>
      ) : null}
      {status.kind === 'failed' ? (
        <Text className='photo-export__result danger-text' data-testid='export-result'>
          {t('photos.export.failed')}
        </Text>
      ) : null}
      {status.kind === 'denied' ? <DeniedNotice what='album' /> : null}
      <Text className='photo-export__preview'>{t('photos.export.originalNote')}</Text>
    </View>
  );
}

function minLongOf(exported: PhotoExport): number {
  return exported.minLongSide;
}
