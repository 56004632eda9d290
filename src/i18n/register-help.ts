import { registerMessages } from './index';
import { help } from './messages/help';

// Imported by the help page (subpackage): registers its messages on load.
registerMessages(help);
