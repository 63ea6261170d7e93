/** Minimum-TLS settings, which every service spells its own way. */
import { sameText } from "../values";

/** The values of each service's minimum-TLS input that still admit TLS 1.0 or 1.1 (or set no floor at all). */
export const legacyTls = {
    storage: ["TLS1_0", "TLS1_1"],
    sql: ["None", "1.0", "1.1"],
    appService: ["1.0", "1.1"],
    redis: ["1.0", "1.1"],
    cosmosDb: ["Tls", "Tls11"],
} as const;

/**
 * Does a minimum-TLS value admit a protocol older than TLS 1.2? Only the known legacy values count, so a newer
 * version the list does not know yet (say "1.4") is never reported.
 */
export function allowsLegacyTls(value: unknown, legacy: readonly string[]): boolean {
    return legacy.some((v) => sameText(value, v));
}
