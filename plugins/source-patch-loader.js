// Webpack loader for plugins/source-patches.ts: replaces options.from (which must occur
// exactly once) with options.to, or fails the build.
module.exports = function sourcePatchLoader(source) {
  const { name, from, to } = this.getOptions();
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + 1) >= 0) {
    const found = at < 0 ? 'not found' : 'found more than once';
    throw new Error(
      `source patch ${name}: "${from}" ${found} in ${this.resourcePath}; update plugins/source-patches.ts`,
    );
  }
  return source.slice(0, at) + to + source.slice(at + from.length);
};
