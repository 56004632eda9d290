import { registerMessages } from './index';
import { sms } from './messages/sms';

// Imported by the SMS verification page (subpackage): registers its messages on load.
registerMessages(sms);
