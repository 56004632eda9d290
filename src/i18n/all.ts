// Every table registered at once: for tests that check the tables as a whole.
import './register-photos';
import './register-share';
import './register-filing-rules';
import './register-filing-page';
import './register-help';
import './register-sms';
import './register-countdown-cards';
import './register-form-assistant';

export * from './index';
