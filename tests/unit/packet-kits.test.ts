/** A kit page becomes the script the packet page loads (tools/build/packet-kits.ts). */
import { describe, expect, it } from 'vitest';
import { kitIdsScript, kitScript } from '../../tools/build/packet-kits';

/** Run the script the way the packet page does, and give what it handed over. */
function handed(script: string): { id: string; html: string } | undefined {
  let got: { id: string; html: string } | undefined;
  const window = { soTayKit: (id: string, html: string) => (got = { id, html }) };
  new Function('window', script)(window);
  return got;
}

describe('a kit page as a packet script', () => {
  it.each<[string, string, { id: string; has: string[]; lacks: string[] } | undefined]>([
    [
      'the kit without its screen tools or scripts',
      '<html><body><header>Sổ tay</header><div class="kit prose" data-kit-id="58-nq-tw-2020" data-kit-code="58-NQ/TW"><h1>Nghị quyết số 58-NQ/TW</h1><p class="doc-tools no-print"><a href="/">Về</a><button>In</button></p><p>Tóm tắt</p><script>alert(1)</script></div><footer>x</footer></body></html>',
      { id: '58-nq-tw-2020', has: ['data-kit-code="58-NQ/TW"', '<h1>Nghị quyết số 58-NQ/TW</h1>', '<p>Tóm tắt</p>'], lacks: ['doc-tools', 'alert', '<header>', '<footer>'] },
    ],
    [
      'text that would end a script tag stays text',
      '<div data-kit-id="x"><p>a &lt;/script&gt; b</p></div>',
      { id: 'x', has: ['a &lt;/script&gt; b'], lacks: [] },
    ],
    ['a page without a kit', '<html><body><p>no kit</p></body></html>', undefined],
  ])('%s', (_name, html, expected) => {
    const kit = kitScript(html);
    if (expected === undefined) {
      expect(kit).toBeUndefined();
      return;
    }
    expect(kit?.id).toBe(expected.id);
    expect(kit?.script).not.toContain('</');
    const got = handed(kit!.script);
    expect(got?.id).toBe(expected.id);
    for (const s of expected.has) expect(got?.html).toContain(s);
    for (const s of expected.lacks) expect(got?.html).not.toContain(s);
  });
});

describe('the list of kits', () => {
  it('is one script giving every id, sorted', () => {
    const window: { soTayKitIds?: string[] } = {};
    new Function('window', kitIdsScript(['58-nq-tw-2020', '28-nq-tw-2022', '04-nq-tw-2016']))(window);
    expect(window.soTayKitIds).toEqual(['04-nq-tw-2016', '28-nq-tw-2022', '58-nq-tw-2020']);
  });
});
