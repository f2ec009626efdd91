import { translator } from './translator';

/** The phone's filter drawer's words, in English: a section that travels with the drawer's chunk. */
export const drawerEn = {
  drawerClose: 'Close filters',
  drawerShowEvents: 'Show events',
};

/** The drawer's words in the language in force. */
export const t = translator('drawer', drawerEn);
