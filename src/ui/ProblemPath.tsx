import { problemPlace } from '../i18n/problemPath';

/** Props of {@link ProblemPath}. */
export interface ProblemPathProps {
  /** The problem's path: into the data (`events[3].date`), or a place such as "(document)". */
  path: string;
}

/**
 * Where a problem is, before its message: a path into the data as code, set left to
 * right in its own isolate (on an Arabic page it keeps its brackets and dots in place);
 * a place without a path in the reader's words, in the text's own font and direction.
 */
export function ProblemPath({ path }: ProblemPathProps) {
  const place = problemPlace(path);
  if (place !== null) return <span className="problem-path">{place}</span>;
  return (
    <code className="problem-path" dir="ltr">
      {path}
    </code>
  );
}
