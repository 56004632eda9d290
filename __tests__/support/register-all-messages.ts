// Page modules register subpackage features' messages on load; tests render features directly.
import '@/i18n/all';
