import { expect, test } from "./fixtures";
import { signInAs } from "./support/auth";
import { createUser } from "./support/data";

test("debug", async ({ page, csp }) => {
  await signInAs(page, await createUser());
  const response = await page.goto("/dashboard");
  console.log("CSP", JSON.stringify(await response!.allHeaders(), null, 1));
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  const r = await page.evaluate(() => {
    const out: Record<string, unknown> = {};
    const s = document.createElement("script");
    s.textContent = "window.__a = true";
    document.body.append(s);
    out.a = "__a" in window;
    try { out.evalResult = eval("1+1"); } catch (e) { out.evalError = String(e); }
    try { out.fn = new Function("return 2")(); } catch (e) { out.fnError = String(e); }
    return out;
  });
  console.log("RESULT", JSON.stringify(r));
  await page.waitForTimeout(500);
  console.log("VIOLATIONS", JSON.stringify(csp.violations));
  csp.expectViolation(() => true);
});
