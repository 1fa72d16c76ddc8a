/**
 * Drops one known deprecation warning and nothing else: restify 11 loads `spdy` at import even
 * when HTTP/2 is not used, and spdy's `http-deceiver` reads `process.binding('http_parser')`
 * (DEP0111). restify's fix (load spdy only when asked for) is merged upstream but not released;
 * spdy and http-deceiver are unmaintained. Import this module before anything that imports restify.
 */
const DEP0111_HTTP_PARSER = "Access to process.binding('http_parser') is deprecated.";

const emit = process.emitWarning.bind(process);

process.emitWarning = function emitWarning(warning: string | Error, ...rest: unknown[]): void {
  const message = typeof warning === 'string' ? warning : warning.message;
  if (message === DEP0111_HTTP_PARSER) return;
  (emit as (warning: string | Error, ...rest: unknown[]) => void)(warning, ...rest);
};
