/** Saves a file the biller asked for (notes CSV, backup, payer pack) through the browser's download. */
export function saveFile(name: string, content: Blob | string, type = 'application/json'): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
