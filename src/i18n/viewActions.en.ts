import { translator } from './translator';

/** The toolbar's ways into the story and out of the page, in English: a section that travels with the view actions' chunk. */
export const viewActionsEn = {
  viewActionsStory: 'Story',
  viewActionsEmbed: 'Embed',
  viewActionsFullTimeline: 'Open the full timeline',
};

/** The view actions' words in the language in force. */
export const t = translator('viewActions', viewActionsEn);
