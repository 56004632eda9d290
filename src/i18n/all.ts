// Every table registered at once: for tests that check the tables as a whole.
import './register-photos';
import './register-share';
import './register-filing-rules';

export * from './index';
