/** Public API of the journey feature for other features (the materials checklist uses these). */
export { fieldLabelKey, materialLabel, principalOwner, principalTitle, type Translate } from './journey-text';
export { useFilingMaterials, type FilingMaterials } from './use-filing-materials';
export { focusMaterialsOn, useMaterialsFocus } from './materials-focus';
export { useFiling, todayInChina } from './use-filing';
export { routes } from './routes';
export { MissingFiling } from './missing-filing';
