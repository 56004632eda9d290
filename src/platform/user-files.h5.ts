/**
 * Browser build of user-files.ts: the browser keeps no files of ours besides the photo database
 * (erased by photo-files.h5.ts); share-card images live in memory and exports are downloads
 * outside the app. Same exports as user-files.ts.
 */
export async function eraseUserFiles(): Promise<boolean> {
  return true;
}
