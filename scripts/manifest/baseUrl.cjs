/**
 * The add-in's base URL: every URL in the manifest lives under it. Development uses
 * https://localhost:3000/; a production build takes ADDIN_URL. Shared by webpack.config.js (CommonJS)
 * and the manifest validator (ESM).
 */
const DEVELOPMENT_BASE_URL = "https://localhost:3000/";

/**
 * Returns the URL with exactly one trailing slash, or throws an Error naming the problem when it is not
 * an absolute https URL without query or fragment.
 */
function normalizeBaseUrl(value) {
  let url;
  try {
    url = new URL(String(value).trim());
  } catch {
    throw new Error(`ADDIN_URL "${value}" is not an absolute URL (expected e.g. https://koers.example.nl/)`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_URL "${value}" must use https: Office loads add-ins only over https`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_URL "${value}" must not have a query or fragment`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Replaces the development base URL in manifest text with the given base URL (normalized). */
function rewriteManifest(manifestText, baseUrl) {
  const target = normalizeBaseUrl(baseUrl);
  const origin = new URL(target).origin;
  return manifestText
    .split(DEVELOPMENT_BASE_URL)
    .join(target)
    .split(`<AppDomain>${DEVELOPMENT_BASE_URL.slice(0, -1)}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEVELOPMENT_BASE_URL, normalizeBaseUrl, rewriteManifest };
