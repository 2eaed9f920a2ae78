/**
 * Tests only: reads a PDF back with pdfjs-dist (Mozilla's PDF reader, the one Firefox uses), so a
 * test sees the text a reader would, not what our builder meant to write.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
// The worker's code, loaded with this module (it sets globalThis.pdfjsWorker, which pdfjs then
// runs in this thread) rather than fetched by the first getDocument() call: its 2 MB are parsed
// when the test file is imported, not inside whichever test happens to read a PDF first.
import "pdfjs-dist/legacy/build/pdf.worker.mjs";

export interface ReadPdf {
  pageCount: number;
  /** The text of each page, items joined by spaces, in reading order. */
  pages: string[];
  title: string | null;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .map((item) => ("str" in item ? item.str : ""))
          .join(" ")
          .replace(/\s+/g, " ")
          .trim(),
      );
    }
    const metadata = await document.getMetadata();
    const info = metadata.info as { Title?: string } | undefined;
    return { pageCount: document.numPages, pages, title: info?.Title ?? null };
  } finally {
    await document.destroy();
  }
}
