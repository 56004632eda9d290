import { registerMessages } from './index';
import { share } from './messages/share';

// Imported by the share-card pages (subpackages): registers the feature's messages on load.
registerMessages(share);
