import * as assert from "assert";
import {
    addressCount, classifyAddressOrRange, classifyRange, defaultInternetWideAddresses, parseIpv4, parseIpv4Range,
    rangeBetween, rangeRuleIs, RangeReading,
} from "../../lib/kit/checks/ip-ranges";
import { cannotTell, isUnknownError } from "../../lib/kit/values";

const sql: RangeReading = { internetWideAddresses: defaultInternetWideAddresses, azureServicesMarker: true };
const redis: RangeReading = { internetWideAddresses: defaultInternetWideAddresses, azureServicesMarker: false };
const unknownAt = (path: string) => () => cannotTell(path);
const known = (v: unknown) => () => v;

/** The path of the unknown `fn` throws, or what it returns. */
function outcome(fn: () => boolean): boolean | string {
    try {
        return fn();
    } catch (e) {
        assert.ok(isUnknownError(e), "only an unknown may escape");
        return `unknown ${e.props.join(".")}`;
    }
}

describe("IPv4 ranges", () => {
    it("parses dotted quads, blanks around them ignored", () => {
        assert.strictEqual(parseIpv4("0.0.0.0"), 0);
        assert.strictEqual(parseIpv4("255.255.255.255"), 2 ** 32 - 1);
        assert.strictEqual(parseIpv4(" 10.0.0.1 "), 10 * 2 ** 24 + 1);
    });

    it("malformed input is not an address, and never throws", () => {
        for (const v of ["", "1.2.3", "1.2.3.4.5", "256.0.0.1", "1.2.3.-4", "a.b.c.d", "1.2.3.4 5", "::1", "::/0", "*",
            "Internet", "1..2.3", "1.2.3.1000", "0x7f.0.0.1", null, undefined, 7, {}, [], "1.2.3.4/", "1.2.3.4/33",
            "1.2.3.4/-1", "1.2.3.4/8/8", "1.2.3.4/x", "ü".repeat(20)]) {
            assert.strictEqual(parseIpv4Range(v), undefined, JSON.stringify(v));
            assert.strictEqual(classifyAddressOrRange(v, sql), "ordinary", JSON.stringify(v));
        }
        assert.strictEqual(parseIpv4("1.2.3.4/8"), undefined);
        assert.strictEqual(rangeBetween("1.2.3.4", "nope"), undefined);
        assert.strictEqual(classifyRange(rangeBetween(undefined, "255.255.255.255"), sql), "ordinary");
    });

    it("reads a CIDR as the network it names, host bits ignored", () => {
        assert.deepStrictEqual(parseIpv4Range("0.0.0.0/0"), { first: 0, last: 2 ** 32 - 1 });
        assert.deepStrictEqual(parseIpv4Range("10.1.2.3/8"), { first: 10 * 2 ** 24, last: 11 * 2 ** 24 - 1 });
        assert.deepStrictEqual(parseIpv4Range("203.0.113.7"), parseIpv4Range("203.0.113.7/32"));
        assert.strictEqual(addressCount(parseIpv4Range("203.0.113.0/24")!), 256);
    });

    it("a start above the end is no range", () => {
        assert.strictEqual(rangeBetween("10.0.0.2", "10.0.0.1"), undefined);
        assert.deepStrictEqual(rangeBetween("10.0.0.1", "10.0.0.1"), { first: 10 * 2 ** 24 + 1, last: 10 * 2 ** 24 + 1 });
    });

    it("classifies the Azure services marker, Internet-wide ranges and ordinary ones", () => {
        assert.strictEqual(classifyRange(rangeBetween("0.0.0.0", "0.0.0.0"), sql), "azureServices");
        assert.strictEqual(classifyAddressOrRange("0.0.0.0", sql), "azureServices");
        assert.strictEqual(classifyRange(rangeBetween("0.0.0.0", "255.255.255.255"), sql), "internetWide");
        assert.strictEqual(classifyAddressOrRange("0.0.0.0/0", sql), "internetWide");
        assert.strictEqual(classifyAddressOrRange("0.0.0.0/1", sql), "internetWide");
        assert.strictEqual(classifyAddressOrRange("20.0.0.0/8", sql), "internetWide");
        assert.strictEqual(classifyAddressOrRange("20.0.0.0/9", sql), "ordinary");
        assert.strictEqual(classifyRange(rangeBetween("1.0.0.0", "2.0.0.0"), sql), "internetWide");
        assert.strictEqual(classifyRange(rangeBetween("0.0.0.0", "0.0.0.1"), sql), "ordinary");
        assert.strictEqual(classifyRange(rangeBetween("203.0.113.0", "203.0.113.255"), sql), "ordinary");
    });

    it("without the marker (Redis, Storage), 0.0.0.0 is one ordinary address", () => {
        assert.strictEqual(classifyRange(rangeBetween("0.0.0.0", "0.0.0.0"), redis), "ordinary");
        assert.strictEqual(classifyAddressOrRange("0.0.0.0/0", redis), "internetWide");
    });

    it("the threshold is configurable; a single address never counts as Internet-wide", () => {
        const strict = { ...sql, internetWideAddresses: 2 ** 16 };
        const loose = { ...sql, internetWideAddresses: 2 ** 32 };
        assert.strictEqual(classifyAddressOrRange("20.1.0.0/16", strict), "internetWide");
        assert.strictEqual(classifyAddressOrRange("0.0.0.0/1", loose), "ordinary");
        assert.strictEqual(classifyAddressOrRange("0.0.0.0/0", loose), "internetWide");
        assert.strictEqual(classifyAddressOrRange("203.0.113.7", { ...redis, internetWideAddresses: 1 }), "ordinary");
    });

    describe("a start..end rule partly known at preview", () => {
        it("known inputs decide", () => {
            assert.strictEqual(rangeRuleIs("internetWide", known("0.0.0.0"), known("255.255.255.255"), sql), true);
            assert.strictEqual(rangeRuleIs("azureServices", known("0.0.0.0"), known("255.255.255.255"), sql), false);
            assert.strictEqual(rangeRuleIs("azureServices", known("0.0.0.0"), known("0.0.0.0"), sql), true);
            assert.strictEqual(rangeRuleIs("azureServices", known("0.0.0.0"), known("0.0.0.0"), redis), false);
        });

        it("a known start that leaves too few addresses decides, whatever the end", () => {
            assert.strictEqual(rangeRuleIs("internetWide", known("255.255.255.0"), unknownAt("endIpAddress"), sql), false);
            assert.strictEqual(rangeRuleIs("azureServices", known("203.0.113.1"), unknownAt("endIpAddress"), sql), false);
        });

        it("a known end that leaves too few addresses, or is not 0.0.0.0, decides", () => {
            assert.strictEqual(rangeRuleIs("internetWide", unknownAt("startIpAddress"), known("0.0.0.9"), sql), false);
            assert.strictEqual(rangeRuleIs("azureServices", unknownAt("startIpAddress"), known("0.0.0.9"), sql), false);
        });

        it("a known input that is not an address decides: Azure rejects the rule", () => {
            assert.strictEqual(rangeRuleIs("internetWide", known("any"), unknownAt("endIpAddress"), sql), false);
            assert.strictEqual(rangeRuleIs("internetWide", unknownAt("startIpAddress"), known(null), sql), false);
        });

        it("otherwise the unknown input's own error is thrown again, naming it", () => {
            assert.strictEqual(outcome(() => rangeRuleIs("internetWide", known("0.0.0.0"), unknownAt("endIpAddress"), sql)),
                "unknown endIpAddress");
            assert.strictEqual(outcome(() => rangeRuleIs("azureServices", known("0.0.0.0"), unknownAt("endIpAddress"), sql)),
                "unknown endIpAddress");
            assert.strictEqual(outcome(() => rangeRuleIs("internetWide", unknownAt("startIpAddress"), known("255.255.255.255"), sql)),
                "unknown startIpAddress");
            assert.strictEqual(outcome(() => rangeRuleIs("azureServices", unknownAt("startIpAddress"), known("0.0.0.0"), sql)),
                "unknown startIpAddress");
            assert.strictEqual(outcome(() => rangeRuleIs("internetWide", unknownAt("startIpAddress"), unknownAt("endIpAddress"), sql)),
                "unknown startIpAddress");
        });

        it("an unknown start with an end of 0.0.0.0 is never Internet-wide", () => {
            assert.strictEqual(rangeRuleIs("internetWide", unknownAt("startIpAddress"), known("0.0.0.0"), sql), false);
        });

        it("other exceptions are not swallowed", () => {
            assert.throws(() => rangeRuleIs("internetWide", () => { throw new TypeError("boom"); }, known("1.2.3.4"), sql), TypeError);
        });
    });
});
