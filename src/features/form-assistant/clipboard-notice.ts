/**
 * "The first copy of an ID number or mobile after each launch says that it is going to the
 * clipboard" (issue 14). Kept in memory only, so every launch starts without it; the flag is set
 * when the user confirms that first copy.
 */
let confirmedThisLaunch = false;

/** True until the user has confirmed a copy of an ID number or mobile in this launch. */
export function clipboardNoticeDue(): boolean {
  return !confirmedThisLaunch;
}

/** The user saw the notice and copied: later copies in this launch go straight through. */
export function clipboardNoticeConfirmed(): void {
  confirmedThisLaunch = true;
}
