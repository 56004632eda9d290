import { registerMessages } from './index';
import { filingRules } from './messages/filing-rules';

// Imported by the filing, profile, pre-flight, help and SMS pages (subpackages): registers the
// filing-rules messages on load.
registerMessages(filingRules);
