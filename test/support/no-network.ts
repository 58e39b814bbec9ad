// Fails any test that opens a connection outside the loopback range: every platform, database
// and emulator a test talks to runs on this machine (CHANNEL-EMULATORS.md §0).
import net from "node:net";

const original = net.Socket.prototype.connect;

function isLoopback(host: string | undefined): boolean {
  if (!host || host === "localhost") return true;
  return host.startsWith("127.") || host === "::1" || host === "::ffff:127.0.0.1";
}

net.Socket.prototype.connect = function patched(this: net.Socket, ...args: unknown[]) {
  // net.connect passes [options, callback] as one array argument.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options =
    typeof first === "object" && first !== null ? (first as { host?: string; path?: string }) : undefined;
  const host = options
    ? options.path
      ? "localhost"
      : options.host
    : typeof args[1] === "string"
      ? args[1]
      : undefined;
  if (!isLoopback(host)) throw new Error(`Blocked a non-loopback connection to ${host} during tests`);
  return (original as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
