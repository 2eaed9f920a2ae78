/**
 * Certificates and the audit packet (issue 11, Part B), self-contained: each test seeds its own
 * user, held credential and CE log, then works through the /upkeep page as a person would.
 */
import { readFile, writeFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { readPdf } from "../lib/testing/pdf-text";
import { readZip } from "../lib/testing/zip";
import { expect, test, type Locator, type Page } from "./fixtures";
import { signInAs } from "./support/auth";
import {
  createUser,
  e2eDb,
  seedCeActivity,
  seedHeldCredential,
  type TestUser,
} from "./support/data";
import { E2E_PORT } from "./support/ports";

test.use({ timezoneId: "UTC", locale: "en-US" });

const files = path.resolve("e2e/support/files");
const PDF = path.join(files, "certificate.pdf");
const JPEG = path.join(files, "certificate.jpg");

/** RDMS earned 2023-06-10: the ARDMS period runs to 31 Dec 2026. Three CE activities in it. */
async function seededOwner(name: string) {
  const owner = await createUser({ name });
  await seedHeldCredential(owner, "ardms-rdms", "2023-06-10");
  const ids = {
    fetal: await seedCeActivity(owner, {
      completedOn: "2024-03-01",
      title: "Fetal echo update",
      provider: "SDMS",
      credits: "1.5",
      category: "obstetrics-gynecology",
    }),
    vascular: await seedCeActivity(owner, {
      completedOn: "2025-02-10",
      title: "Vascular Doppler review",
      provider: "SVU",
      credits: "2",
      category: "vascular",
    }),
    physics: await seedCeActivity(owner, {
      completedOn: "2025-09-05",
      title: "Physics refresher",
      provider: "ASE",
      credits: "0.75",
      category: "physics",
    }),
  };
  return { owner, ids };
}

function activityRow(page: Page, title: string): Locator {
  return page.getByTestId("ce-activity").filter({ hasText: title });
}

async function download(page: Page, link: Locator) {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function certificateIds(user: TestUser): Promise<string[]> {
  const rows = await e2eDb()<{ id: string }[]>`
    select id from certificates where user_id = ${user.id} order by created_at`;
  return rows.map((row) => row.id);
}

test("a user attaches a PDF and a JPEG certificate, downloads the ARDMS audit packet and the ZIP; another user gets 'not found'", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  const name = "Zoë Ελευθερίου-Наталья";
  const { owner } = await seededOwner(name);
  await signInAs(page, owner);
  await page.goto("/upkeep");

  // Attach a PDF to the first activity: progress, then the file is listed beside it.
  const fetal = activityRow(page, "Fetal echo update");
  await fetal.locator('input[type="file"]').setInputFiles(PDF);
  await expect(fetal.getByTestId("certificate-message")).toHaveText("certificate.pdf attached.");
  await expect(fetal.getByRole("link", { name: /certificate\.pdf/ })).toBeVisible();

  // And a JPEG to the second.
  const vascular = activityRow(page, "Vascular Doppler review");
  await vascular.getByText("Attach certificate").click(); // the label opens the picker
  await vascular.locator('input[type="file"]').setInputFiles(JPEG);
  await expect(vascular.getByRole("link", { name: /certificate\.jpg/ })).toBeVisible();

  // The stored file downloads byte for byte, as an attachment.
  const pdfBack = await download(page, fetal.getByRole("link", { name: /certificate\.pdf/ }));
  expect(pdfBack.name).toBe("certificate.pdf");
  expect(Buffer.compare(pdfBack.bytes, await readFile(PDF))).toBe(0);
  const [pdfId] = await certificateIds(owner);
  const headers = (await page.request.get(`/api/certificates/${pdfId}`)).headers();
  expect(headers["content-disposition"]).toMatch(/^attachment;/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["content-type"]).toBe("application/pdf");

  // The audit packet for the ARDMS cycle: an index page, then the PDF's page and the JPEG's.
  const packet = await download(
    page,
    page.getByTestId("cycle-ardms").getByRole("link", { name: "Audit packet (PDF)" }),
  );
  expect(packet.name).toBe("audit-packet-ardms-2023-06-10-to-2026-12-31.pdf");
  const read = await readPdf(new Uint8Array(packet.bytes));
  expect(read.pageCount).toBe(3);
  const index = read.pages[0]!;
  expect(index).toContain("CE audit packet: ARDMS");
  expect(index).toContain(name);
  expect(index).toContain("RDMS");
  expect(index).toContain("June 10, 2023 to December 31, 2026");
  expect(index).toContain("Required 30 CME");
  expect(index).toContain("Earned in the period 4.25 CME");
  expect(index).toContain("Still needed 25.75 CME");
  expect(index).toMatch(/Mar 1, 2024 Fetal echo update SDMS 1\.5 page 2/);
  expect(index).toMatch(/Feb 10, 2025 Vascular Doppler review SVU 2 page 3/);
  expect(index).toMatch(/Sep 5, 2025 Physics refresher ASE 0\.75 none attached/);
  expect(read.pages[1]).toContain("Echo Strain Imaging"); // the merged PDF's own text
  expect(read.pages[2]).toContain("certificate.jpg: Vascular Doppler review");

  // The ZIP of everything, from Settings: the exports and both files.
  await page.goto("/settings");
  const zip = await download(
    page,
    page.getByRole("link", { name: "Download everything with certificates (ZIP)" }),
  );
  const entries = readZip(zip.bytes);
  expect(entries.map((entry) => entry.name)).toEqual([
    "export.json",
    "milestones.csv",
    "ce-activities.csv",
    "certificates/certificate.pdf",
    "certificates/certificate.jpg",
    "certificates.csv",
  ]);
  expect(entries[2]!.data.toString("utf8")).toContain(
    "2024-03-01,Fetal echo update,SDMS,1.50,obstetrics-gynecology,",
  );

  // Another user: "not found" for both files, whatever they try.
  const intruder = await createUser();
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, intruder);
  for (const id of await certificateIds(owner)) {
    const response = await otherPage.request.get(`/api/certificates/${id}`);
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not_found:certificate" });
  }
  await otherPage.goto("/upkeep");
  await expect(otherPage.getByText("certificate.pdf")).toHaveCount(0);
  await other.close();

  // Replace, then remove: the row says so, and the file is gone.
  await page.goto("/upkeep");
  await fetal.locator('input[type="file"]').setInputFiles(JPEG);
  await expect(fetal.getByTestId("certificate-message")).toHaveText(
    "Certificate replaced with certificate.jpg.",
  );
  await expect(fetal.getByRole("link", { name: /certificate\.jpg/ })).toBeVisible();
  await fetal.getByRole("button", { name: /Remove/ }).click();
  await expect(fetal.getByTestId("certificate-message")).toHaveText("Certificate removed.");
  await expect(fetal.getByText("No certificate")).toBeVisible();
  expect(await certificateIds(owner)).toHaveLength(1);
});

test("a certificate and a transcript chosen before the page's script runs are not lost", async ({
  page,
}) => {
  const { owner } = await seededOwner("Test Sonographer");
  await signInAs(page, owner);
  // The page arrives, but its scripts wait: what a slow phone shows before hydration.
  let releaseScripts = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto("/upkeep", { waitUntil: "domcontentloaded" });
  const physics = activityRow(page, "Physics refresher");
  await physics.locator('input[type="file"]').setInputFiles(PDF);
  await page.getByLabel("Transcript file (CSV)").setInputFiles({
    name: "transcript.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "date,title,provider,credits,category\r\n2026-01-05,Lung ultrasound,SDMS,1,general\r\n",
    ),
  });

  releaseScripts();
  await expect(physics.getByTestId("certificate-message")).toHaveText("certificate.pdf attached.");
  await expect(physics.getByRole("link", { name: /certificate\.pdf/ })).toBeVisible();
  expect(await certificateIds(owner)).toHaveLength(1);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("button", { name: "Import 1 activity" })).toBeVisible();
});

test("a wrong-type or too-big file gets a clear message beside the control, and nothing is kept", async ({
  page,
}) => {
  const { owner } = await seededOwner("Test Sonographer");
  await signInAs(page, owner);
  await page.goto("/upkeep");
  const physics = activityRow(page, "Physics refresher");
  const picker = physics.locator('input[type="file"]');

  // A text file renamed .pdf: refused by the server from its first bytes.
  await picker.setInputFiles({
    name: "certificate.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("This is a text file with a .pdf name.\n"),
  });
  await expect(physics.getByTestId("certificate-error")).toContainText(
    "not a PDF, PNG or JPEG certificate",
  );

  // More than 10 MB: refused before it is sent. (A file on disk: the browser reads it from
  // there, rather than 10 MB passing through the test's protocol connection.)
  const huge = test.info().outputPath("huge-scan.pdf");
  await writeFile(huge, Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(10 * 1024 * 1024)]));
  await picker.setInputFiles(huge);
  await expect(physics.getByTestId("certificate-error")).toContainText("larger than 10 MB");
  await expect(physics.getByText("No certificate")).toBeVisible();
  expect(await certificateIds(owner)).toEqual([]);
});

/** A raw POST to the upload route as the signed-in page's user; `send` writes the body. */
function rawUpload(
  cookie: string,
  query: string,
  declaredBytes: number,
  send: (request: ReturnType<typeof httpRequest>) => void,
): Promise<{ status: number; body: string } | { aborted: true }> {
  return new Promise((resolve) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port: E2E_PORT,
        path: `/api/certificates?${query}`,
        method: "POST",
        headers: {
          Host: `localhost:${E2E_PORT}`,
          Origin: `http://localhost:${E2E_PORT}`,
          Cookie: cookie,
          "Content-Type": "application/octet-stream",
          "Content-Length": String(declaredBytes),
        },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, body });
          request.destroy();
        });
      },
    );
    request.on("error", () => resolve({ aborted: true }));
    request.on("close", () => resolve({ aborted: true }));
    send(request);
  });
}

test("an upload cut off half-way keeps nothing; the next upload is stored whole", async ({
  page,
}) => {
  const { owner, ids } = await seededOwner("Test Sonographer");
  await signInAs(page, owner);
  const cookie = (await page.context().cookies())
    .map((entry) => `${entry.name}=${entry.value}`)
    .join("; ");
  const pdf = await readFile(PDF);
  // Declares the whole file, sends 600 kB of a 1 MB body (two chunk rows' worth), then the
  // connection drops.
  const big = Buffer.concat([pdf, Buffer.alloc(1024 * 1024 - pdf.length, 0x20)]);
  const cut = await rawUpload(
    cookie,
    `activity=${ids.fetal}&name=cut.pdf`,
    big.length,
    (request) => {
      request.write(big.subarray(0, 600 * 1024), () => setTimeout(() => request.destroy(), 200));
    },
  );
  expect(cut).toEqual({ aborted: true });

  // The next upload waits for the user's upload lock, so the cut one has rolled back by then.
  const whole = await rawUpload(
    cookie,
    `activity=${ids.fetal}&name=whole.pdf`,
    pdf.length,
    (request) => request.end(pdf),
  );
  expect(whole).toMatchObject({ status: 201 });
  const rows = await e2eDb()<{ file_name: string; byte_size: number; chunks: number }[]>`
    select c.file_name, c.byte_size,
           (select count(*)::int from certificate_chunks k where k.certificate_id = c.id) as chunks
    from certificates c where c.user_id = ${owner.id}`;
  expect(rows).toEqual([{ file_name: "whole.pdf", byte_size: pdf.length, chunks: 1 }]);
});

test("the upload route refuses a too-big body from its Content-Length, before reading it", async ({
  page,
}) => {
  const { owner } = await seededOwner("Test Sonographer");
  await signInAs(page, owner);
  const cookie = (await page.context().cookies())
    .map((entry) => `${entry.name}=${entry.value}`)
    .join("; ");
  // Declares 11 MB and sends 9 bytes: the answer comes without waiting for the rest.
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port: E2E_PORT,
        path: "/api/certificates?name=huge.pdf",
        method: "POST",
        headers: {
          Host: `localhost:${E2E_PORT}`,
          Origin: `http://localhost:${E2E_PORT}`,
          Cookie: cookie,
          "Content-Type": "application/pdf",
          "Content-Length": String(11 * 1024 * 1024),
        },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, body });
          request.destroy();
        });
      },
    );
    request.on("error", reject);
    request.write("%PDF-1.7\n");
  });
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body)).toMatchObject({ error: expect.stringContaining("10 MB") });
  expect(await certificateIds(owner)).toEqual([]);
});
