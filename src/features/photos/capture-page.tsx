import { useEffect, useRef, useState } from 'react';
import { View, Text, Button, Camera, Image } from '@tarojs/components';
import type { PhotoSlotId } from '@/domain/materials';
import { ownValue } from '@/domain/own';
import { useAppStore } from '@/store';
import { useT } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { displayUrlFor, type PhotoData } from '@/platform/photo-files';
import { inPageCameraAvailable, pickPhoto, takeCameraPhoto, type PickResult } from '@/platform/photo-picker';
import { isDesktopWeChat } from '@/platform/device';
import { navigateBack, setNavigationTitle, showToast } from '@/platform/system';
import { checkPhoto, keepPhoto, warmUpPhotoCheck, type PhotoCandidate } from './photo-service';
import { PhotoRefNotSaved } from './store-ref-book';
import { frameAspectOf, isPhotoSlot, kindOfSlot } from './slots';
import { slotNameKey, useProblemText } from './photos-page';
import { DeniedNotice } from './denied-notice';
import './photos.scss';

interface CapturePageProps {
  filingId: string;
  slot: string;
}

type Phase =
  | { kind: 'aim' }
  | { kind: 'checking' }
  | { kind: 'verdict'; candidate: PhotoCandidate }
  | { kind: 'saving'; candidate: PhotoCandidate };

/** Frame size in design px inside the 750 × 860 stage: as large as fits with a margin. */
function frameSize(aspect: number): { width: number; height: number } {
  const maxW = 640;
  const maxH = 640;
  let width = maxW;
  let height = width / aspect;
  if (height > maxH) {
    height = maxH;
    width = height * aspect;
  }
  return { width: Math.round(width), height: Math.round(height) };
}

/**
 * Guided capture for one slot: the camera with a frame shaped like the document (weapp), or the
 * photo chooser (fallback, and the only path in the browser), then the quality verdict, then
 * keep (file first, reference second) or retake.
 */
export function CapturePage({ filingId, slot: slotParam }: CapturePageProps) {
  const t = useT();
  const problemText = useProblemText();
  const filing = useAppStore((s) => ownValue(s.filings, filingId));
  const [phase, setPhase] = useState<Phase>({ kind: 'aim' });
  const [denied, setDenied] = useState<'camera' | 'album' | null>(null);
  const [cameraBroken, setCameraBroken] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const releasePreview = useRef<() => void>(() => undefined);

  useEffect(() => () => releasePreview.current(), []);
  // While the user frames the shot, so the first verdict comes as fast as later ones.
  useEffect(() => {
    const timer = setTimeout(() => void warmUpPhotoCheck(), 200);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => setNavigationTitle(t('photos.capture.title')), [t]);

  if (!filing || !isPhotoSlot(slotParam)) {
    return (
      <View className='page capture'>
        <View className='card' data-testid='capture-not-found'>
          <Text className='muted'>{t('photos.notFound')}</Text>
        </View>
        <PrivacySheet />
      </View>
    );
  }
  const slot: PhotoSlotId = slotParam;
  const kind = kindOfSlot(slot);
  const frame = frameSize(frameAspectOf(slot));

  const showPreview = (data: PhotoData | null) => {
    releasePreview.current();
    if (!data) {
      releasePreview.current = () => undefined;
      setPreview(null);
      return;
    }
    const display = displayUrlFor(data);
    releasePreview.current = display.release;
    setPreview(display.url);
  };

  const received = async (result: PickResult, source: 'camera' | 'album') => {
    setMessage(null);
    if (!result.ok) {
      if (result.reason === 'denied') setDenied(source);
      else if (result.reason === 'failed') setMessage(t('photos.capture.pickFailed'));
      return;
    }
    setDenied(null);
    setPhase({ kind: 'checking' });
    try {
      const candidate = await checkPhoto(result.data, kind);
      showPreview(candidate.preview);
      setPhase({ kind: 'verdict', candidate });
    } catch {
      setPhase({ kind: 'aim' });
      setMessage(t('photos.capture.decodeFailed'));
    }
  };

  const keep = async (candidate: PhotoCandidate) => {
    setPhase({ kind: 'saving', candidate });
    try {
      await keepPhoto(filingId, slot, candidate);
      showToast(t('photos.capture.saved'), 'success');
      navigateBack();
    } catch (error) {
      setPhase({ kind: 'verdict', candidate });
      // Never "saved": a reference storage refused leaves the previous photo in place.
      setMessage(t(error instanceof PhotoRefNotSaved ? 'storage.photo.notSaved' : 'photos.capture.saveFailed'));
    }
  };

  const retake = () => {
    showPreview(null);
    setMessage(null);
    setPhase({ kind: 'aim' });
  };

  // WeChat on a computer has no camera to offer (issue 14): the file chooser and a line saying
  // where to take the photo instead.
  const desktop = isDesktopWeChat();
  const cameraHere = inPageCameraAvailable && !desktop;
  const useCamera = cameraHere && !cameraBroken && denied !== 'camera';

  const aim = (
    <View data-testid='capture-aim'>
      <View className={`capture__stage ${useCamera ? '' : 'capture__stage--static'}`}>
        {useCamera ? (
          <Camera
            className='capture__camera'
            devicePosition='back'
            flash='off'
            onError={() => {
              setCameraBroken(true);
              setDenied('camera');
            }}
          />
        ) : null}
        <View className='capture__overlay'>
          <View
            className='capture__frame'
            data-testid='capture-frame'
            style={{ width: `${frame.width / 7.5}vw`, height: `${frame.height / 7.5}vw` }}
          />
          <Text className='capture__hint'>{t('photos.capture.hint')}</Text>
        </View>
      </View>
      {denied ? <DeniedNotice what={denied} /> : null}
      {message ? <Text className='capture__note danger-text'>{message}</Text> : null}
      <View className='capture__controls'>
        {useCamera ? (
          <Button
            className='btn'
            data-testid='capture-shoot'
            onClick={() => void takeCameraPhoto().then((r) => received(r, 'camera'))}
          >
            {t('photos.capture.shoot')}
          </Button>
        ) : null}
        {cameraHere ? (
          <>
            <Button
              className='btn btn--plain'
              data-testid='capture-album'
              onClick={() => void pickPhoto('album').then((r) => received(r, 'album'))}
            >
              {t('photos.capture.album')}
            </Button>
            <Button
              className='btn btn--plain'
              data-testid='capture-system'
              onClick={() => void pickPhoto('camera').then((r) => received(r, 'camera'))}
            >
              {t('photos.capture.system')}
            </Button>
          </>
        ) : (
          <>
            <Text className='capture__note' data-testid={desktop ? 'capture-desktop-note' : 'capture-choose-note'}>
              {t(desktop ? 'photos.capture.desktop' : 'photos.capture.chooseNote')}
            </Text>
            <Button
              className='btn'
              data-testid='capture-choose'
              onClick={() => void pickPhoto('album').then((r) => received(r, 'album'))}
            >
              {t('photos.capture.choose')}
            </Button>
          </>
        )}
      </View>
    </View>
  );

  let body = aim;
  if (phase.kind === 'checking') {
    body = (
      <Text className='capture__busy' data-testid='capture-checking'>
        {t('photos.capture.checking')}
      </Text>
    );
  } else if (phase.kind === 'verdict' || phase.kind === 'saving') {
    const { candidate } = phase;
    const { assessment } = candidate;
    body = (
      <View data-testid='capture-verdict'>
        <View className='capture__preview'>
          {preview ? <Image className='capture__preview-img' src={preview} mode='aspectFit' /> : null}
        </View>
        <View className='capture__verdict'>
          <Text
            className={`capture__verdict-title ${assessment.ok ? 'ok-text' : 'warn-text'}`}
            data-testid='verdict-title'
          >
            {t(assessment.ok ? 'photos.verdict.pass' : 'photos.verdict.retake')}
          </Text>
          <Text className='capture__verdict-size'>
            {t('photos.verdict.size', { w: candidate.width, h: candidate.height })}
          </Text>
          {assessment.problems.map((problem) => (
            <Text key={problem} className='capture__problem' data-testid={`problem-${problem}`}>
              {problemText(problem, slot)}
            </Text>
          ))}
          {!assessment.ok ? <Text className='capture__verdict-size'>{t('photos.verdict.keptFlagged')}</Text> : null}
        </View>
        {message ? <Text className='capture__note danger-text'>{message}</Text> : null}
        <View className='capture__controls'>
          {assessment.ok ? (
            <>
              <Button
                className='btn'
                data-testid='capture-keep'
                disabled={phase.kind === 'saving' || undefined}
                onClick={() => void keep(candidate)}
              >
                {t('photos.capture.keep')}
              </Button>
              <Button className='btn btn--plain' data-testid='capture-retake' onClick={retake}>
                {t('photos.action.retake')}
              </Button>
            </>
          ) : (
            <>
              <Button className='btn' data-testid='capture-retake' onClick={retake}>
                {t('photos.action.retake')}
              </Button>
              <Button
                className='btn btn--plain'
                data-testid='capture-keep'
                disabled={phase.kind === 'saving' || undefined}
                onClick={() => void keep(candidate)}
              >
                {t('photos.capture.keepAnyway')}
              </Button>
            </>
          )}
        </View>
      </View>
    );
  }

  return (
    <View className='page capture'>
      <Text className='capture__slot'>{t(slotNameKey(slot))}</Text>
      {body}
      <PrivacySheet />
    </View>
  );
}
