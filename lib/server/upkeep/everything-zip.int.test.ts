import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, sqlClient } from "@/db";
import { storeCertificate } from "@/db/queries/certificates";
import { getUserById } from "@/db/queries/users";
import { readZip } from "@/lib/testing/zip";
import { accountExport } from "@/lib/server/your-data";
import { everythingZip } from "./everything-zip";

afterAll(() => closeDb());

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.resolve(__dirname, "../../../e2e/support/files", name)));

async function* once(bytes: Uint8Array) {
  yield bytes;
}

async function userWithCertificates(label: string) {
  const sql = sqlClient();
  const id = crypto.randomUUID();
  await sql`insert into users (id, email, name) values (${id}, ${`${label}-${id}@example.test`}, ${label})`;
  const [activity] = await sql<{ id: string }[]>`
    insert into ce_activities (user_id, completed_on, title, provider, credits, category, notes)
    values (${id}, '2025-05-10', ${`=Fetal echo, "${label}"`}, 'SDMS', '1.5', 'obstetrics-gynecology', 'two
lines')
    returning id`;
  await sql`insert into ce_activities (user_id, completed_on, title, provider, credits, category)
            values (${id}, '2024-01-02', 'Physics review', 'ASE', '0.75', 'physics')`;
  const files = [
    { name: "certificate.pdf", activityId: activity!.id },
    { name: "certificate.jpg", activityId: null },
    { name: "certificate.jpg", activityId: null }, // the same name again
    { name: "certificate.png", activityId: null }, // stored as "scan.jpg": a PNG by its bytes
  ];
  for (const file of files) {
    const bytes = fixture(file.name);
    await storeCertificate({
      userId: id,
      activityId: file.activityId,
      fileName: file.name === "certificate.png" ? "scan.jpg" : file.name,
      declaredBytes: bytes.length,
      body: once(bytes),
    });
  }
  return id;
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>)
    parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

describe("everythingZip", () => {
  it("lists the JSON export, both CSVs and every certificate, byte for byte, and nothing of anyone else's", async () => {
    const userId = await userWithCertificates("zip-a");
    const otherId = await userWithCertificates("zip-b");
    const user = (await getUserById(userId))!;
    const zip = (await everythingZip(user))!;
    const entries = readZip(await collect(zip.stream));

    expect(entries.map((e) => e.name)).toEqual([
      "export.json",
      "milestones.csv",
      "ce-activities.csv",
      "certificates/certificate.pdf",
      "certificates/certificate.jpg",
      "certificates/certificate (2).jpg",
      "certificates/scan.jpg.png",
      "certificates.csv",
    ]);
    expect(zip.entries).toEqual(entries.map((e) => e.name));
    expect(zip.fileName).toMatch(/^sonography-career-planner-everything-\d{4}-\d{2}-\d{2}\.zip$/);

    const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
    expect(
      Buffer.compare(
        byName["certificates/certificate.pdf"]!.data,
        Buffer.from(fixture("certificate.pdf")),
      ),
    ).toBe(0);
    expect(
      Buffer.compare(
        byName["certificates/certificate.jpg"]!.data,
        Buffer.from(fixture("certificate.jpg")),
      ),
    ).toBe(0);
    expect(
      Buffer.compare(
        byName["certificates/certificate (2).jpg"]!.data,
        Buffer.from(fixture("certificate.jpg")),
      ),
    ).toBe(0);
    expect(
      Buffer.compare(
        byName["certificates/scan.jpg.png"]!.data,
        Buffer.from(fixture("certificate.png")),
      ),
    ).toBe(0);
    // Certificates are stored, not deflated again; the text files are deflated.
    expect(byName["certificates/certificate.pdf"]!.method).toBe(0);
    expect(byName["export.json"]!.method).toBe(8);

    // The JSON export exactly as /api/export gives it (so it validates and imports back).
    const json = JSON.parse(byName["export.json"]!.data.toString("utf8")) as {
      user: { id: string };
      ceActivities: { title: string }[];
    };
    expect(json.user.id).toBe(userId);
    expect(Object.keys(json)).toEqual(Object.keys((await accountExport(user))!));
    expect(json.ceActivities.map((a) => a.title).sort()).toEqual([
      '=Fetal echo, "zip-a"',
      "Physics review",
    ]);
    const list = byName["certificates.csv"]!.data.toString("utf8").split("\r\n");
    expect(list[0]).toBe(
      "\uFEFFfile,original_name,type,bytes,activity_date,activity_title,uploaded_at",
    );
    expect(list[1]).toMatch(
      /^certificates\/certificate\.pdf,certificate\.pdf,application\/pdf,\d+,2025-05-10,"'=Fetal echo, ""zip-a""",\d{4}-/,
    );
    expect(list[4]).toMatch(/^certificates\/scan\.jpg\.png,scan\.jpg,image\/png,\d+,,,/);
    const csv = byName["ce-activities.csv"]!.data.toString("utf8");
    expect(csv.startsWith("\uFEFFdate,title,provider,credits,category,")).toBe(true);
    expect(csv).toContain(`2025-05-10,"'=Fetal echo, ""zip-a""",SDMS,1.50,obstetrics-gynecology,`);
    expect(csv).toContain(`"two\nlines",certificate.pdf`);
    expect(csv).toContain("2024-01-02,Physics review,ASE,0.75,physics,");

    const everything = entries.map((e) => e.data.toString("latin1")).join("\n");
    expect(everything).not.toContain(otherId);
    expect(everything).not.toContain("zip-b");
  });

  it("is undefined for an account that no longer exists", async () => {
    const userId = await userWithCertificates("zip-gone");
    const user = (await getUserById(userId))!;
    await sqlClient()`delete from users where id = ${userId}`;
    expect(await everythingZip(user)).toBeUndefined();
  });
});
