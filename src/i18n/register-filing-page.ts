import { registerMessages } from './index';
import { filingPage } from './messages/filing-page';

// Imported by the filing page (subpackage): registers its messages on load.
registerMessages(filingPage);
