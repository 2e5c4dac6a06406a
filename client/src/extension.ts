import type { ExtensionContext } from 'vscode';

/** Placeholder until the language client lands: the engine is reachable through the CLI. */
export function activate(_context: ExtensionContext): void {}

export function deactivate(): void {}
