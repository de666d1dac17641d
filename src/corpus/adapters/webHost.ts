/**
 * The web host of a page URL, the group key of the web-page datasets' splits (one site's
 * template never lands in both dev and test). O(length of the URL).
 */

/** The host of a URL without `www.`, or the whole string when it has none (e.g. `hard::file.html`). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
