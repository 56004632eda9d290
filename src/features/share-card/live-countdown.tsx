import { useEffect, useState } from 'react';
import { CustomWrapper, Text } from '@tarojs/components';
import { formatHms } from '@/domain/countdown-format';
import { nextTickDelay } from '@/domain/sms-window';
import { useT } from '@/components/use-t';

interface LiveCountdownProps {
  deadline: number;
  /** Called once when the countdown reaches zero, so the page can switch to "time ran out". */
  onExpire?: () => void;
}

/** The ticking text alone; re-renders every second on the second boundary. */
function Ticker({ deadline, onExpire }: LiveCountdownProps) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  const remaining = deadline - now;
  useEffect(() => {
    if (remaining <= 0) {
      onExpire?.();
      return undefined;
    }
    const timer = setTimeout(() => setNow(Date.now()), nextTickDelay(Date.now()));
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [now]);
  return (
    <Text className='share-card__countdown' data-testid='sms-countdown'>
      {t('share.cardPage.remaining', { hms: formatHms(remaining) })}
    </Text>
  );
}

/**
 * A 1-second countdown to `deadline`. The CustomWrapper keeps each tick's setData inside this
 * small subtree instead of the whole page (stack notes: about 40–50 B per tick).
 */
export function LiveCountdown(props: LiveCountdownProps) {
  return (
    <CustomWrapper>
      <Ticker {...props} />
    </CustomWrapper>
  );
}
