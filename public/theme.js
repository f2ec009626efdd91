// Runs before the first paint, as a file rather than an inline script so the page's
// Content-Security-Policy can forbid inline scripts (see docs/security.md).
// 1. Apply the saved theme, so a dark choice never flashes light.
try {
  document.documentElement.dataset.theme = localStorage.getItem('coalition-timeline.theme') || 'system';
} catch {
  document.documentElement.dataset.theme = 'system';
}
// 2. Trusted Types: the only script URLs this page creates are its own chunks and its
// parse worker (new Worker(url) is a Trusted Types sink). The default policy lets
// same-origin script URLs through and refuses everything else; it has no createHTML
// or createScript, so any attempt to write HTML or code from a string is refused.
if (window.trustedTypes && window.trustedTypes.createPolicy) {
  window.trustedTypes.createPolicy('default', {
    createScriptURL: function (url) {
      var u = new URL(url, document.baseURI);
      if (u.origin === location.origin) return u.href;
      throw new TypeError('Refused a script from another origin: ' + u.origin);
    },
  });
}
