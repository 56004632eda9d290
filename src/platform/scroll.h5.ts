/** Browser build of scroll.ts: the element itself scrolls into the middle of the view. */
export function scrollToElementId(id: string): void {
  const el = document.getElementById(id);
  if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'center' });
}
