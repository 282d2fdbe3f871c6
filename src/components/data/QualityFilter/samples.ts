/**
 * Sample pages for QualityFilter, written for this guide (not copied from any crawl):
 * each stands for a kind of page a web crawl is full of. Their names are translated
 * where they are shown; their texts are data and stay as written.
 */
export const SAMPLE_IDS = ['prose', 'boilerplate', 'spam', 'code', 'teaser', 'chinese'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

export const SAMPLE_TEXTS: Record<SampleId, string> = {
  prose: `Rivers shape the land they cross. Over thousands of years, running water cuts valleys into rock and carries sand and silt toward the sea.
When a river slows down near its mouth, it drops that load and builds a delta, a wide fan of new land that farmers have used since the earliest cities.
The Nile, the Ganges and the Mississippi all end in deltas that feed millions of people.
Dams change this balance, because they trap the sediment behind the wall and leave the delta to shrink.
Engineers now release water in pulses to move some of that sand downstream again.`,
  boilerplate: `Home
About us
Products
Contact
Login
Home
About us
Products
Contact
Login
© 2024 Example Corp. All rights reserved.`,
  spam: `BEST CHEAP WATCHES buy now!!!
cheap watches cheap watches cheap watches best price
BEST CHEAP WATCHES buy now!!!
free shipping free shipping free shipping
BEST CHEAP WATCHES buy now!!!
click here click here click here`,
  code: `function mean(xs) {
  let s = 0;
  for (const x of xs) { s += x; }
  return xs.length ? s / xs.length : 0;
}
// #TODO: handle NaN
export { mean };`,
  teaser: `Ten things you never knew about the ocean...
Number seven will surprise you...
Scientists cannot explain this strange discovery...
You will not believe what divers found at the bottom...
Read the full story on the next page...
The answer is simpler than you think...`,
  chinese: `河流塑造着它流经的土地。经过数千年，流水在岩石中切出河谷，把泥沙带向大海。
当河流在入海口附近放慢速度时，泥沙沉积下来，形成三角洲，这是一片宽阔的新土地，人类从最早的城市起就在这里耕种。
尼罗河、恒河和密西西比河的尽头都是三角洲，养活着数以百万计的人。
水坝改变了这种平衡，因为泥沙被拦在坝后，三角洲随之萎缩。
如今工程师会分批放水，把一部分泥沙重新冲向下游。`,
};
