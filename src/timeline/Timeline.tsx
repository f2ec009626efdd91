/** The central zoomable timeline: one lane per visible actor, an axis, controls and an overview. */
export function Timeline() {
  return <section className="timeline" role="region" aria-label="Timeline" tabIndex={0} />;
}
