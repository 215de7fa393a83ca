/**
 * The study kits as scripts for the packet page (bộ tài liệu): one small classic script per kit,
 * `bo-tai-lieu/kit/<id>.js`, that hands the kit's HTML to the page. A script, not a fetch, because
 * browsers refuse fetch() from file:// but load a script from the same folder; one file per kit so
 * a packet loads only what it holds, whatever the size of the base. The HTML is the kit page's own
 * (read with parse5), without its screen tools.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { paths } from '../../src/lib/paths';
import { listFiles } from './site-files';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

function find(node: Node, test: (el: Element) => boolean): Element | undefined {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if ('tagName' in child && test(child)) return child;
    const inner = find(child, test);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** Drop every element under `node` that `test` picks. */
function prune(node: Node, test: (el: Element) => boolean): void {
  if (!('childNodes' in node)) return;
  node.childNodes = node.childNodes.filter((c) => !('tagName' in c && test(c)));
  node.childNodes.forEach((c) => prune(c, test));
}

/** The script a kit page becomes, or undefined when the page holds no kit. */
export function kitScript(html: string): { id: string; script: string } | undefined {
  const kit = find(parse(html), (el) => attr(el, 'data-kit-id') !== undefined);
  if (kit === undefined) return undefined;
  prune(kit, (el) => /\bdoc-tools\b/.test(attr(el, 'class') ?? '') || el.tagName === 'script');
  const id = attr(kit, 'data-kit-id') ?? '';
  // JSON is a JavaScript literal; "</" and U+2028/9 escaped so the text is inert anywhere.
  const body = JSON.stringify(serializeOuter(kit)).replace(/<\//g, '<\\/').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return { id, script: `window.soTayKit&&window.soTayKit(${JSON.stringify(id)},${body});\n` };
}

/** Write the script of every kit page in `siteDir`; returns how many. */
export function writePacketKits(siteDir: string): number {
  const out = join(siteDir, paths.packetKits().slice(1));
  mkdirSync(out, { recursive: true });
  let n = 0;
  for (const file of listFiles(siteDir).filter((f) => /^van-ban\/[^/]+\/hoc-tap\/index\.html$/.test(f))) {
    const kit = kitScript(readFileSync(join(siteDir, file), 'utf8'));
    if (kit === undefined) continue;
    writeFileSync(join(out, `${kit.id}.js`), kit.script);
    n += 1;
  }
  return n;
}
