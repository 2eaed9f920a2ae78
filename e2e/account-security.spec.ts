import { expect, test } from "./fixtures";
import { signInAs } from "./support/auth";
import { createUser, e2eDb, firstLink, uniqueEmail, waitForMail } from "./support/data";

test("password reset: same answer for unknown emails, a single-use link, every session ended", async ({
  page,
  browser,
}) => {
  const user = await createUser();
  const elsewhere = await browser.newContext();
  const otherDevice = await elsewhere.newPage();
  await signInAs(otherDevice, user);

  // An unknown address gets exactly the same answer as a real one.
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByTestId("form-message")).not.toBeEmpty();
  const answer = await page.getByTestId("form-message").textContent();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByTestId("form-message")).toHaveText(answer!);

  const link = firstLink(await waitForMail(user.email), "/reset-password");
  await page.goto(link);
  await page.getByLabel("New password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your password has been changed")).toBeVisible();

  // The link is single-use, the old password is gone, the other device is signed out.
  await page.goto(link);
  await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
  await expect(signInAs(page, user)).rejects.toThrow();
  await signInAs(page, { email: user.email, password: "a brand new passphrase" });
  await otherDevice.goto("/dashboard");
  await expect(otherDevice).toHaveURL(/\/sign-in/);
  await elsewhere.close();
});

test("changing the password keeps this device and ends the others", async ({ page, browser }) => {
  const user = await createUser();
  await signInAs(page, user);
  const elsewhere = await browser.newContext();
  const otherDevice = await elsewhere.newPage();
  await signInAs(otherDevice, user);

  await page.goto("/settings");
  // The email form asks for the current password too: work in the password form.
  const passwordForm = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Change password" }) });
  await passwordForm.getByLabel("Current password").fill("not it");
  await passwordForm.getByLabel("New password").fill("another long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That isn't your current password.")).toBeVisible();

  await passwordForm.getByLabel("Current password").fill(user.password);
  await passwordForm.getByLabel("New password").fill("password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/one of the most common/)).toBeVisible();

  await passwordForm.getByLabel("Current password").fill(user.password);
  await passwordForm.getByLabel("New password").fill("another long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/Password changed/)).toBeVisible();

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard/);
  await otherDevice.goto("/dashboard");
  await expect(otherDevice).toHaveURL(/\/sign-in/);
  await elsewhere.close();
});

test("a cookie replayed after sign-out is refused; sign out everywhere ends every device", async ({
  page,
  browser,
}) => {
  const user = await createUser();
  await signInAs(page, user);
  const stolen = await page.context().cookies();

  await page.goto("/dashboard");
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  const replay = await browser.newContext();
  await replay.addCookies(stolen);
  const replayPage = await replay.newPage();
  await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/sign-in/);
  await replay.close();

  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  await signInAs(laptopPage, user);
  await signInAs(page, user);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=everywhere/);
  await laptopPage.goto("/dashboard");
  await expect(laptopPage).toHaveURL(/\/sign-in/);
  await laptop.close();
});

test("an email change takes effect only once the new address is confirmed", async ({ page }) => {
  const user = await createUser();
  await signInAs(page, user);
  const newEmail = uniqueEmail("moved");
  await page.goto("/settings");
  await page.getByLabel("New email address").fill(newEmail);
  // Changing the address needs the current password (a stolen session alone cannot).
  await page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Send confirmation link" }) })
    .getByLabel("Current password")
    .fill(user.password);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText(`We sent a confirmation link to ${newEmail}`)).toBeVisible();

  const [before] = await e2eDb()<
    { email: string }[]
  >`select email from users where id = ${user.id}`;
  expect(before?.email).toBe(user.email);

  await page.goto(firstLink(await waitForMail(newEmail), "/verify-email/change"));
  await expect(page).toHaveURL(/\/settings\?emailChanged=1/);
  const [after] = await e2eDb()<{ email: string }[]>`select email from users where id = ${user.id}`;
  expect(after?.email).toBe(newEmail);
});
