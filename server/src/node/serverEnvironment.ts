/**
 * Variables set for the language server's process, over the environment the editor starts it with.
 * The server never opens a network connection, yet Node reads and parses the certificate file named by
 * NODE_EXTRA_CA_CERTS before running any code: with the system bundle that is ~40 ms CPU and ~100 ms
 * of a start here. An empty value makes Node skip it. The editor's own processes keep theirs.
 */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = { NODE_EXTRA_CA_CERTS: '' };
