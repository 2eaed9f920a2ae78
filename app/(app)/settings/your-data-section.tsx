/** Export and account deletion: filled in by the "Your data" work. */
export function YourDataSection(_props: { hasPassword: boolean; email: string }) {
  return null;
}
