import materialsIcon from '@/assets/tab/materials-active.png';
import { useState } from 'react';
import { View, Text, ScrollView } from '@tarojs/components';
import { hasOwnKey, ownValue } from '@/domain/own';
import { useAppStore } from '@/store';
import { useT } from '@/components/use-t';
import { EmptyState } from '@/components/empty-state';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { switchTab } from '@/platform/system';
import { useMaterialsFocus } from '@/features/journey';
import { MaterialsChecklist } from './materials-checklist';
import './materials-tab.scss';

/** The Materials tab: the checklist of one filing, with a selector when there are several. */
export function MaterialsTab() {
  const t = useT();
  const filings = useAppStore((s) => s.filings);
  const order = useAppStore((s) => s.filingOrder);
  const focused = useMaterialsFocus();
  // The last filing chosen here, or the one the filing page sent us to, whichever came last.
  const [chosen, setChosen] = useState<{ id: string; focus: string | null } | null>(null);
  const listed = order.flatMap((id) => {
    const filing = ownValue(filings, id);
    return filing ? [{ id, filing }] : [];
  });
  const [first] = listed;

  if (!first) {
    return (
      <View className='page'>
        <StorageBanner />
        <EmptyState
          icon={materialsIcon}
          title={t('materials.empty.title')}
          body={t('materials.empty.body')}
          actionText={t('materials.empty.action')}
          onAction={() => switchTab('/pages/progress/index')}
        />
        <PrivacySheet />
      </View>
    );
  }

  const preferred = chosen && chosen.focus === focused ? chosen.id : (focused ?? chosen?.id);
  const selectedId = preferred && hasOwnKey(filings, preferred) ? preferred : first.id;
  const filing = ownValue(filings, selectedId) ?? first.filing;

  return (
    <View className='page materials-tab'>
      <StorageBanner />
      {listed.length > 1 ? (
        <ScrollView scrollX className='materials-tab__selector' data-testid='filing-selector'>
          <View className='materials-tab__chips'>
            {listed.map(({ id, filing: { name } }) => (
              <Text
                key={id}
                className={`materials-tab__chip${id === selectedId ? ' materials-tab__chip--on' : ''}`}
                data-testid={`select-filing-${id}`}
                onClick={() => setChosen({ id, focus: focused })}
              >
                {name}
              </Text>
            ))}
          </View>
        </ScrollView>
      ) : null}
      <MaterialsChecklist filing={filing} />
      <PrivacySheet />
    </View>
  );
}
