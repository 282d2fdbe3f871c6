// Webpack loader for plugins/ascii-key-sort.ts: see there for why.
const FROM = 'deps.sort((a, b) => a[0].localeCompare(b[0]));';
const TO = 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));';

module.exports = function asciiKeySortLoader(source) {
  if (!source.includes(FROM)) {
    throw new Error(`ascii-key-sort: "${FROM}" not found in ${this.resourcePath}; update plugins/ascii-key-sort.ts`);
  }
  return source.replace(FROM, TO);
};
