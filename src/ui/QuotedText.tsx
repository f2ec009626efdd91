/** Props of QuotedText. */
export interface QuotedTextProps {
  /** A translated text, which may quote its sources in their own words (“…”). */
  text: string;
  /** The language the quotes are in (the dataset's original); absent: the text is shown as it is. */
  quotesLang?: string;
}

/**
 * A translation whose quoted phrases stay in the words their source published: each
 * phrase is marked with its language, so a screen reader reads it in that language,
 * and isolated (bdi), so its quotation marks stay with it in a line of the other direction.
 */
export function QuotedText({ text, quotesLang }: QuotedTextProps) {
  if (!quotesLang) return text;
  // split with a capture group: the quoted phrases are at the odd places.
  return text.split(/(“[^”]*”)/).map((part, i) =>
    i % 2 ? (
      <bdi key={i} lang={quotesLang}>
        {part}
      </bdi>
    ) : (
      part
    ),
  );
}
