/**
 * IPv4 firewall ranges of data services (SQL, Synapse, PostgreSQL, MySQL, Redis firewall rules; Cosmos DB and
 * Storage IP rules), for the policies that keep them from opening to the whole Internet. A rule is one of:
 *
 * - the "allow Azure services" marker: the single address 0.0.0.0 (start and end 0.0.0.0), which SQL Database,
 *   Synapse, PostgreSQL and MySQL flexible servers, and Cosmos DB (as an IP rule "0.0.0.0") read as "any
 *   connection from inside Azure", whoever owns the source;
 * - Internet-wide: it covers at least a threshold of addresses (every address, 0.0.0.0/0, at the most), which
 *   policies take from their `internetWideAddresses` option;
 * - ordinary: anything else, and anything that is not an IPv4 address or range at all (Azure rejects such a rule,
 *   so it opens nothing; these checks never throw on it).
 */
import { option } from "../options";
import { isUnknownError } from "../values";

/** An inclusive range of IPv4 addresses, each as its unsigned 32-bit number. */
export interface Ipv4Range {
    readonly first: number;
    readonly last: number;
}

/** The number of IPv4 addresses: 2^32. */
export const allIpv4Addresses = 2 ** 32;

/** The default width from which a range counts as open to the whole Internet: 2^24 addresses, a /8. */
export const defaultInternetWideAddresses = 2 ** 24;

/** A dotted-quad IPv4 address ("203.0.113.7", surrounding blanks ignored) as its number; undefined otherwise. */
export function parseIpv4(text: unknown): number | undefined {
    if (typeof text !== "string") {
        return undefined;
    }
    const parts = text.trim().split(".");
    if (parts.length !== 4) {
        return undefined;
    }
    let n = 0;
    for (const p of parts) {
        if (!/^\d{1,3}$/.test(p) || Number(p) > 255) {
            return undefined;
        }
        n = n * 256 + Number(p);
    }
    return n;
}

/**
 * A single address ("203.0.113.7") or a CIDR range ("203.0.113.0/24") as the range it covers; undefined for
 * anything else (IPv6, a service tag, a malformed prefix). Host bits set in a CIDR ("10.1.2.3/8") are ignored,
 * as a network reads the prefix.
 */
export function parseIpv4Range(text: unknown): Ipv4Range | undefined {
    if (typeof text !== "string") {
        return undefined;
    }
    const [address, prefix, ...rest] = text.trim().split("/");
    const first = parseIpv4(address);
    if (first === undefined || rest.length > 0) {
        return undefined;
    }
    if (prefix === undefined) {
        return { first, last: first };
    }
    if (!/^\d{1,2}$/.test(prefix) || Number(prefix) > 32) {
        return undefined;
    }
    const size = 2 ** (32 - Number(prefix));
    const network = Math.floor(first / size) * size;
    return { first: network, last: network + size - 1 };
}

/** The range from `start` to `end` (two IPv4 addresses, end not below start); undefined when it is not one. */
export function rangeBetween(start: unknown, end: unknown): Ipv4Range | undefined {
    const first = parseIpv4(start);
    const last = parseIpv4(end);
    return first !== undefined && last !== undefined && first <= last ? { first, last } : undefined;
}

/** How many addresses a range covers. */
export function addressCount(range: Ipv4Range): number {
    return range.last - range.first + 1;
}

/** What a firewall range amounts to. */
export type RangeKind = "azureServices" | "internetWide" | "ordinary";

export interface RangeReading {
    /** From how many addresses a range counts as Internet-wide (at least 2). */
    readonly internetWideAddresses: number;
    /** Whether the service reads the single address 0.0.0.0 as "allow Azure services" (not Redis, not Storage). */
    readonly azureServicesMarker: boolean;
}

/** Classifies a range; undefined (not an address or range) is ordinary: Azure rejects it, so it opens nothing. */
export function classifyRange(range: Ipv4Range | undefined, reading: RangeReading): RangeKind {
    if (range === undefined) {
        return "ordinary";
    }
    if (reading.azureServicesMarker && range.first === 0 && range.last === 0) {
        return "azureServices";
    }
    return addressCount(range) >= Math.max(2, reading.internetWideAddresses) ? "internetWide" : "ordinary";
}

/** Classifies a single address or CIDR ("0.0.0.0/0", "0.0.0.0", "203.0.113.0/24"), as IP rules hold them. */
export function classifyAddressOrRange(text: unknown, reading: RangeReading): RangeKind {
    return classifyRange(parseIpv4Range(text), reading);
}

type Read = { known: true; value: unknown } | { known: false; error: unknown };

function attempt(read: () => unknown): Read {
    try {
        return { known: true, value: read() };
    } catch (e) {
        if (!isUnknownError(e)) {
            throw e;
        }
        return { known: false, error: e };
    }
}

/**
 * Is the rule from `start()` to `end()` (the readers of its two inputs) of `kind`? Either input may be unknown at
 * preview: the known one decides when it rules `kind` out whatever the other turns out to be (a start of
 * 255.255.255.0 leaves at most 256 addresses, and cannot be the 0.0.0.0 marker); otherwise the unknown
 * input's own error is thrown again, so the kit reports "cannot decide yet" naming it. A known input that is not
 * an address decides too: Azure rejects the rule, which then opens nothing.
 */
export function rangeRuleIs(kind: Exclude<RangeKind, "ordinary">, start: () => unknown, end: () => unknown,
    reading: RangeReading): boolean {
    const s = attempt(start);
    const e = attempt(end);
    if (s.known && e.known) {
        return classifyRange(rangeBetween(s.value, e.value), reading) === kind;
    }
    const bound = (r: Read, unknown: readonly [number, number]): readonly [number, number] | undefined => {
        if (!r.known) {
            return unknown;
        }
        const n = parseIpv4(r.value);
        return n === undefined ? undefined : [n, n];
    };
    const starts = bound(s, [0, allIpv4Addresses - 1]);
    const ends = bound(e, [0, allIpv4Addresses - 1]);
    if (!starts || !ends || starts[0] > ends[1]) {
        return false; // a known bound that is no address, or a start above every possible end: Azure rejects it
    }
    const possible = kind === "azureServices"
        ? reading.azureServicesMarker && starts[0] === 0 && ends[0] === 0
        : ends[1] - starts[0] + 1 >= Math.max(2, reading.internetWideAddresses);
    if (!possible) {
        return false;
    }
    throw !s.known ? s.error : !e.known ? e.error : new Error("unreachable: both inputs known");
}

/** The option of the Internet-wide policies: from how many addresses one rule counts as the whole Internet. */
export function internetWideOption() {
    return option.integer({
        default: defaultInternetWideAddresses,
        minimum: 2,
        maximum: allIpv4Addresses,
        description: "How many addresses one rule must cover to count as open to the whole Internet. The default, " +
            "16777216 (2^24, a /8), flags ranges far wider than any organisation's own addresses; 4294967296 flags " +
            "only rules that cover every address (0.0.0.0/0, 0.0.0.0 to 255.255.255.255).",
    });
}
