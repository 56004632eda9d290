/** Public API of the share-card feature for other features. */
export {};
