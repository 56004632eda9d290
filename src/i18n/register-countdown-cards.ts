import { registerMessages } from './index';
import { countdownCards } from './messages/countdown-cards';

// Imported by the pages that show a review clock or a calendar button (filing and SMS pages,
// subpackages): registers those cards' messages on load.
registerMessages(countdownCards);
