import { registerMessages } from './index';
import { photos } from './messages/photos';

// Imported by the photos pages (subpackages): registers the feature's messages on load.
registerMessages(photos);
