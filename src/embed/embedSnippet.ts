import { HEIGHT_MESSAGE_TYPE } from './reportHeight';

/** Default frame height before the page reports its own, px. */
const INITIAL_HEIGHT = 640;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The address of the embeddable view of `pageUrl`: the same view with `embed=1`. */
export function embedUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set('embed', '1');
  url.hash = '';
  return url.toString().replace(/%2C/gi, ',');
}

/**
 * The HTML an editor pastes into an article: a full-width iframe of `pageUrl`'s view
 * with a `title` for screen readers, and a few lines that resize that frame (and only
 * that one) when the page reports its height.
 */
export function embedSnippet(pageUrl: string, title: string): string {
  const src = embedUrl(pageUrl);
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${INITIAL_HEIGHT}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){if(!e.data||e.data.type!=="${HEIGHT_MESSAGE_TYPE}")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})</script>`,
  ].join('\n');
}
