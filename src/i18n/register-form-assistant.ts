import { registerMessages } from './index';
import { formAssistant } from './messages/form-assistant';

// Imported by the form-filling assistant's page (a subpackage): registers its messages on load.
registerMessages(formAssistant);
