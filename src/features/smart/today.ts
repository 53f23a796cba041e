const pad = (n: number) => String(n).padStart(2, '0');

/** The trainee's date on their own device (YYYY-MM-DD), for the checker to tell a deadline that has passed. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
