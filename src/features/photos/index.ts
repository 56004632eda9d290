/**
 * Public API of the photos feature for other features. Scaffold: the photos feature fills it in.
 */
export { deleteFilingPhotos } from './photo-files';
