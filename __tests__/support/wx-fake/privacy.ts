/**
 * WeChat's privacy gate (rules privacy-consent, privacy-agree-button, privacy-declared): a
 * privacy-scoped call checks the declared privacy guide, then consent; without consent it asks
 * the app's onNeedPrivacyAuthorization listener and waits for its resolve().
 */
import fs from 'fs';
import path from 'path';
import { PRIVACY_SCOPES, privacyDeniedErrMsg, privacyUndeclaredErrMsg, type PrivacyKey } from './rules';

type Resolve = (answer: { event: string; buttonId?: string }) => void;

/** The privacy keys docs/privacy-guide.json declares. */
export function declaredPrivacyKeys(): PrivacyKey[] {
  const file = path.resolve(__dirname, '../../../docs/privacy-guide.json');
  const guide = JSON.parse(fs.readFileSync(file, 'utf8')) as { declared: Array<{ privacyKey: PrivacyKey }> };
  return guide.declared.map((d) => d.privacyKey);
}

export class PrivacyGate {
  agreed = false;
  declared: Set<PrivacyKey>;
  listener: ((resolve: Resolve, info: { referrer: string }) => void) | null = null;
  /** Ids of agree buttons the user tapped since the last request. */
  readonly tappedAgreeButtons = new Set<string>();
  /** What WeChat's own popup answers when the app registered no listener. */
  officialPopupAnswer: 'agree' | 'disagree' = 'disagree';
  /** Every request WeChat raised, by API. */
  readonly requests: string[] = [];

  constructor(declared: PrivacyKey[] = declaredPrivacyKeys()) {
    this.declared = new Set(declared);
  }

  /** The user tapped <button open-type="agreePrivacyAuthorization" id=…>. */
  tapAgreeButton(buttonId = ''): void {
    this.tappedAgreeButtons.add(buttonId);
  }

  /**
   * Runs `proceed` when WeChat lets `api` through, else `refuse(errMsg, errno)`; a request to
   * the listener stays pending until the app resolves it.
   */
  check(api: string, proceed: () => void, refuse: (errMsg: string, errno: number) => void): void {
    const key = (PRIVACY_SCOPES as Record<string, PrivacyKey | undefined>)[api];
    if (!key) return proceed();
    if (!this.declared.has(key)) return refuse(privacyUndeclaredErrMsg(api.replace('camera.', '')), 112);
    if (this.agreed) return proceed();
    this.requests.push(api);
    const answer: Resolve = ({ event, buttonId }) => {
      if (event === 'exposureAuthorization') return;
      if (event === 'agree' && this.tappedAgreeButtons.has(buttonId ?? '')) {
        this.agreed = true;
        proceed();
      } else {
        refuse(privacyDeniedErrMsg(api.replace('camera.', '')), 104);
      }
    };
    if (this.listener) this.listener(answer, { referrer: api });
    else if (this.officialPopupAnswer === 'agree') {
      this.agreed = true;
      proceed();
    } else refuse(privacyDeniedErrMsg(api.replace('camera.', '')), 104);
  }
}
