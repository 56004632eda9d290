import { memo } from 'react';
import { View, Text } from '@tarojs/components';
import { formatHms } from '@/domain/countdown-format';
import { trackState, SMS_WINDOW_MS, type SmsTrack } from '@/domain/sms-window';
import { useTickValue } from './use-tick';
import './countdown-display.scss';

type Tone = 'ok' | 'warn' | 'danger' | 'idle';

interface TrackFace {
  text: string;
  /** Remaining share of the window as whole degrees (0..360). */
  degrees: number;
  tone: Tone;
}

/** The ring moves once per quantum (1 degree of 24 h = 4 minutes)… */
const RING_QUANTUM_MS = 240_000;
/**
 * …at instants offset per verifier, so two rings never move in the same tick: each move adds
 * one style entry (about 70 bytes) to that tick's setData, and the per-tick budget is 200 bytes.
 */
const RING_PHASE_MS: Record<SmsTrack['verifier'], number> = {
  'legal-representative': 0,
  'person-in-charge': RING_QUANTUM_MS / 2,
};

function faceOf(track: SmsTrack, now: number): TrackFace {
  const state = trackState(track, now);
  const phase = RING_PHASE_MS[track.verifier] ?? 0;
  const ringAt = Math.floor((now + phase) / RING_QUANTUM_MS) * RING_QUANTUM_MS - phase;
  const ringRemaining = state.state === 'counting' ? trackState(track, ringAt).remainingMs : state.remainingMs;
  const degrees = Math.round((Math.min(ringRemaining, SMS_WINDOW_MS) / SMS_WINDOW_MS) * 360);
  let tone: Tone = 'ok';
  if (state.state === 'waiting') tone = 'idle';
  else if (state.state === 'expired' || state.state === 'locked' || state.warning === '1h') tone = 'danger';
  else if (state.warning === '6h') tone = 'warn';
  return { text: formatHms(state.remainingMs), degrees, tone };
}

const sameFace = (a: TrackFace, b: TrackFace) => a.text === b.text && a.degrees === b.degrees && a.tone === b.tone;

/**
 * A progress ring of the remaining window around a large HH:MM:SS. The ring is two clipped
 * half-discs rotated by CSS transforms, which the weapp renderer and browsers both draw, with no
 * canvas and no conic-gradient. Per tick only the text (and every few minutes one rotation) changes.
 */
export const CountdownRing = memo(function CountdownRing({ track, label }: { track: SmsTrack; label: string }) {
  const face = useTickValue((now) => faceOf(track, now), sameFace);
  const right = Math.min(face.degrees, 180);
  const left = Math.max(face.degrees - 180, 0);
  return (
    <View className={`countdown-ring countdown-ring--${face.tone}`}>
      <View className='countdown-ring__clip countdown-ring__clip--right'>
        <View
          className='countdown-ring__half countdown-ring__half--right'
          style={{ transform: `rotate(${right}deg)` }}
        />
      </View>
      <View className='countdown-ring__clip countdown-ring__clip--left'>
        <View className='countdown-ring__half countdown-ring__half--left' style={{ transform: `rotate(${left}deg)` }} />
      </View>
      <View className='countdown-ring__face'>
        <Text className='countdown-ring__label'>{label}</Text>
        <Text className='countdown-ring__time' data-testid={`countdown-${track.verifier}`}>
          {face.text}
        </Text>
      </View>
    </View>
  );
});
