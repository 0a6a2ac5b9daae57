/** Toasts and the OK dialog (alerts, errors, the outbox), one dialog at a time. */
import { byId } from './dom';

let toastTimer: ReturnType<typeof setTimeout> | undefined;

/** Shows `text` at the bottom for six seconds. */
export function toast(text: string): void {
  const box = byId('toast');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    box.hidden = true;
  }, 6000);
}

/** Hides the toast before its six seconds are up (the work it announced is done). */
export function hideToast(): void {
  byId('toast').hidden = true;
}

const dialogQueue: string[] = [];

/** Queues a dialog: "title\ntext", or just text under the title Partner Pilot. */
export function showDialog(text: string): void {
  dialogQueue.push(text);
  if (dialogQueue.length === 1) openNextDialog();
}

/** Whether a dialog is on show (the grid then ignores the keyboard). */
export function dialogOpen(): boolean {
  return !byId('dialog').hidden;
}

function openNextDialog() {
  const text = dialogQueue[0];
  if (text === undefined) return;
  const [title, ...rest] = text.split('\n');
  byId('dialog-title').textContent = rest.length ? title : 'Partner Pilot';
  byId('dialog-text').textContent = rest.length ? rest.join('\n') : title;
  byId('dialog').hidden = false;
  byId('dialog-ok').focus();
}

byId('dialog-ok').addEventListener('click', () => {
  byId('dialog').hidden = true;
  dialogQueue.shift();
  openNextDialog();
});
