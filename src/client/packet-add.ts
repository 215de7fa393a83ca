/** The "Thêm vào bộ tài liệu" buttons of a page: shown, marked when the document is already in the packet, toggling it. */
import { addId, removeId } from '../lib/packet';
import { readPacket, writePacket } from './packet-store';

function show(button: HTMLButtonElement, inPacket: boolean): void {
  button.setAttribute('aria-pressed', String(inPacket));
  button.textContent = (inPacket ? button.dataset.added : button.dataset.label) ?? '';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-packet-add]')) {
  const id = button.dataset.packetAdd ?? '';
  button.hidden = false;
  show(button, readPacket().includes(id));
  button.addEventListener('click', () => {
    const ids = readPacket();
    const next = ids.includes(id) ? removeId(ids, id) : addId(ids, id);
    writePacket(next);
    show(button, next.includes(id));
  });
}
