/** PLACEHOLDER (task-pane helper replaces this): builds the pane and serves it for the E2E suite. */
export default async function globalSetup(): Promise<void> {}
