const RIGHT_TO_LEFT = /\p{Script=Arabic}|\p{Script=Hebrew}|\p{Script=Syriac}|\p{Script=Thaana}|\p{Script=Nko}/u;

/**
 * The direction a value from a file is written in: its first letter's, and left to right when
 * it has no letter (a number, a date in digits, an id). `dir="auto"` leaves such a value to the
 * line around it, so on an Arabic page "-4" read as "4-".
 */
export function writtenDirection(text: string): 'ltr' | 'rtl' {
  const letter = /\p{L}/u.exec(text)?.[0];
  return letter !== undefined && RIGHT_TO_LEFT.test(letter) ? 'rtl' : 'ltr';
}
