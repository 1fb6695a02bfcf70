import '@testing-library/jest-dom/vitest';
import { phone } from '../../client/i18n/catalogues/phone';

// The phone's English is a lazy chunk (issue 19: its weight budget); the page's LanguageGate
// waits for it, and so do the components rendered here without one.
await phone.load('en');
