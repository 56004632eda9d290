// Every table registered at once: for tests that check the tables as a whole.
import './register-photos';
import './register-share';

export * from './index';
