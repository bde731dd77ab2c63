// The signed-in user, kept in localStorage beside the tokens so a reload draws at once.
import { tokens } from './api.js';
import { setLanguage } from './i18n.js';

const USER = 'haru.user';

export const session = {
  user: JSON.parse(localStorage.getItem(USER) || 'null'),
  signedIn: () => tokens.get() !== null,
  remember(user) {
    this.user = user;
    localStorage.setItem(USER, JSON.stringify(user));
    setLanguage(user.locale);
  },
  forget() {
    this.user = null;
    localStorage.removeItem(USER);
  },
  timeZone() {
    return this.user?.timezone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  },
};
