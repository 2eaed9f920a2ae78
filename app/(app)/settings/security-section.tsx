export function SecuritySection(_props: { hasPassword: boolean; email: string }) {
  return null;
}
