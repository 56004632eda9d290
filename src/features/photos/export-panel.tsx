import { useMemo, useState } from 'react';
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
  | { kind: 'denied'; exported: PhotoExport };

/**
 * Export of one photo to the upload spec: the purpose line of the watermark (editable, kept for
 * this export only), then "prepare" (the re-encode), then save to the album / send as a file
 * (weapp) or download (browser). Sending is its own tap because WeChat runs shareFileMessage only
 * inside a tap: the API is called at once from the send button, never after an await.
 */
export function ExportPanel({ slot, photo, slotName }: ExportPanelProps) {
  const t = useT();
  const [purpose, setPurpose] = useState(DEFAULT_WATERMARK_PURPOSE);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const text = useMemo(() => defaultWatermarkText(purpose, chinaDateOf(Date.now())), [purpose]);
  const kind = kindOfSlot(slot);
  const prepared = status.kind === 'done' || status.kind === 'denied' ? status.exported : null;

  const prepare = async () => {
    setStatus({ kind: 'working' });
    try {
      const exported = await exportPhoto(
        photo,
        kind,
        text,
        `${slotName}-${chinaDateOf(Date.now())}`.replace(/[\\/:*?"<>|\s]+/g, '-'),
      );
      setStatus({ kind: 'done', exported });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  /** Runs inside the send tap: the platform call starts before anything is awaited. */
  const send = (how: 'album' | 'file', exported: PhotoExport) => {
    const sending =
      how === 'album'
        ? saveToAlbum(exported.jpeg.data, exported.fileName)
        : shareAsFile(exported.jpeg.data, exported.fileName);
    void sending.then((sent) => {
      if (!sent.ok && sent.reason === 'denied') setStatus({ kind: 'denied', exported });
      else setStatus({ kind: 'done', exported });
      if (sent.ok) showToast(t('photos.export.sent'), 'success');
    });
  };

  const result = prepared ? prepared.result : null;
  const resultParams =
    prepared && result
      ? { w: result.width, h: result.height, kb: Math.ceil(result.bytes / 1024), min: prepared.minLongSide }
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
        onInput={(e) => {
          setPurpose(e.detail.value);
          // A new watermark text needs a new export.
          setStatus({ kind: 'idle' });
        }}
      />
      <Text className='photo-export__preview' data-testid='watermark-preview'>
        {t('photos.export.preview', { text })}
      </Text>
      <View className='photo-export__buttons'>
        {prepared ? (
          <>
            <Button className='btn' data-testid='export-save' onClick={() => send('album', prepared)}>
              {t(canShareFile ? 'photos.export.save' : 'photos.export.download')}
            </Button>
            {canShareFile ? (
              <Button className='btn btn--plain' data-testid='export-share' onClick={() => send('file', prepared)}>
                {t('photos.export.share')}
              </Button>
            ) : null}
          </>
        ) : (
          <Button
            className='btn'
            data-testid='export-prepare'
            disabled={status.kind === 'working' || undefined}
            onClick={() => void prepare()}
          >
            {t(status.kind === 'working' ? 'photos.export.working' : 'photos.export.prepare')}
          </Button>
        )}
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
