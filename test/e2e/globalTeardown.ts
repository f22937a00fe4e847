/** PLACEHOLDER (task-pane helper replaces this). */
export default async function globalTeardown(): Promise<void> {}
