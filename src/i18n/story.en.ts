import { translator } from './translator';

/** The guided story's words, in English: a section of the catalogue that travels with the story's chunk. */
export const storyEn = {
  storyCannotShow: 'This file’s story cannot be shown',
  storyClose: 'Close the story',
  storyHasProblems: {
    one: 'Its events are all shown; the story has this problem:',
    other: 'Its events are all shown; the story has these problems:',
  },
  storyRole: 'story',
  storyKicker: 'Story',
  storyCounter: '{step} of {count}',
  storyCloseExplore: 'Close the story and explore freely',
  storySources: { one: 'Source: ', other: 'Sources ({count}): ' },
  storySteps: 'Story steps',
  storyPrevious: 'Previous',
  storyNext: 'Next',
  storyExplore: 'Explore freely',
  storyStepAnnounced: 'Step {step} of {count}: {title}',
};

/** The story's words in the language in force. */
export const t = translator('story', storyEn);
