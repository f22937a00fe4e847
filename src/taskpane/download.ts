import { xlsxMimeType, type DownloadableFile } from "./host";

/** Offers a file to the user as a browser download (preview mode, or Excel without createWorkbook). */
export function offerDownload(file: DownloadableFile, target: Document = document): void {
  const blob = new Blob([file.bytes as BlobPart], { type: xlsxMimeType });
  const url = URL.createObjectURL(blob);
  const anchor = target.createElement("a");
  anchor.href = url;
  anchor.download = file.fileName;
  anchor.rel = "noopener";
  anchor.style.display = "none";
  target.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
