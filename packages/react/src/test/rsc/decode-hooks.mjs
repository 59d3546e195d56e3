// Module hooks registered under React's Node loader (see render.mjs). Node's own loader hands
// over a module's source as bytes and React's loader expects text, so these decode it; they also
// drop source map comments, which React's loader would try to load by their bare relative name.
export async function load(url, context, next) {
  const result = await next(url, context);
  if (result.format !== 'module' || typeof result.source === 'string' || !result.source)
    return result;
  const source = new TextDecoder().decode(result.source);
  return { ...result, source: source.replace(/^\/\/# sourceMappingURL=.*$/gm, '') };
}
