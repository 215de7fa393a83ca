/** The "Thêm vào bộ tài liệu" buttons: shown, marked when the document is already in the packet, toggling it. */
import { viPacket } from '../i18n/vi';
import { addId, removeId } from '../lib/packet';
import { readPacket, writePacket } from './packet-store';

function show(button: HTMLButtonElement, inPacket: boolean): void {
  button.setAttribute('aria-pressed', String(inPacket));
  button.textContent = inPacket ? viPacket.added : viPacket.add;
}

/** Make a button (from the page, or made here) add and remove its document. */
function wire(button: HTMLButtonElement): HTMLButtonElement {
  const id = button.dataset.packetAdd ?? '';
  button.hidden = false;
  show(button, readPacket().includes(id));
  button.addEventListener('click', () => {
    const ids = readPacket();
    const next = ids.includes(id) ? removeId(ids, id) : addId(ids, id);
    writePacket(next);
    show(button, next.includes(id));
  });
  return button;
}

/** A button for a row drawn in the browser (search results). */
export function packetButton(id: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'print-button packet-add no-print small';
  button.dataset.packetAdd = id;
  return wire(button);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-packet-add]')) wire(button);
