/**
 * Network security group rules that open a port to the Internet, for the nsg-no-*-from-internet policies. A rule
 * has the same inputs inline in NetworkSecurityGroup.securityRules[] and as a standalone network.SecurityRule,
 * so each policy checks both through `openRuleCheck`.
 */
import type { CheckContext, PropsOf } from "../policy";
import { listOf, sameText } from "../values";

/** The inputs of one security rule that decide whether it exposes a port (inline or standalone). */
export interface RuleInputs {
    direction?: string;
    access?: string;
    protocol?: string;
    sourceAddressPrefix?: string;
    sourceAddressPrefixes?: string[];
    destinationPortRange?: string;
    destinationPortRanges?: string[];
}

/** An inclusive range of destination ports. */
export type PortRange = readonly [number, number];

export interface Exposure {
    /** Protocols that can carry the traffic; "*" (any) is always one of them. */
    protocols: readonly string[];
    /** Whether the rule's destination port ranges reach the service. */
    reaches: (ranges: PortRange[]) => boolean;
}

/** TCP services (SSH, WinRM): a rule for Tcp or any protocol reaches them. */
export const tcp = ["Tcp", "*"] as const;
/** Services on both transports (RDP also listens on UDP 3389), and "all ports", which is about any traffic. */
export const tcpOrUdp = ["Tcp", "Udp", "*"] as const;

/** Service tags and prefixes meaning "any source address". Any CIDR ending in /0 (0.0.0.0/0, ::/0) does too. */
const anySource = ["*", "internet", "any"];

function isInternet(prefix: unknown): boolean {
    if (typeof prefix !== "string") {
        return false;
    }
    const p = prefix.trim().toLowerCase();
    return anySource.includes(p) || /\/0$/.test(p);
}

/** "*", "22" or "1000-2000"; anything else (a value Azure would reject) reaches nothing. */
function parseRange(text: unknown): PortRange | undefined {
    if (typeof text !== "string") {
        return undefined;
    }
    const t = text.trim();
    if (t === "*") {
        return [0, 65535];
    }
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(t);
    return m ? [Number(m[1]), Number(m[2] ?? m[1])] : undefined;
}

/** Ranges that contain any of the ports. */
export function coversPort(...ports: number[]): (ranges: PortRange[]) => boolean {
    return (ranges) => ports.some((p) => ranges.some(([lo, hi]) => lo <= p && p <= hi));
}

/** Ranges that together cover every usable port, 1-65535 (port 0 is reserved), e.g. "*" or "0-65535". */
export function coversAllPorts(ranges: PortRange[]): boolean {
    let next = 1;
    for (const [lo, hi] of [...ranges].sort((a, b) => a[0] - b[0])) {
        if (lo > next) {
            return false;
        }
        next = Math.max(next, hi + 1);
    }
    return next > 65535;
}

/**
 * Does this rule let Internet traffic in to the exposed ports? The cheap, usually literal fields are read first,
 * so a rule that is outbound or denies is settled even while its addresses are still unknown at preview.
 */
export function opensToInternet(rule: RuleInputs, exposure: Exposure): boolean {
    if (!sameText(rule.direction, "Inbound") || !sameText(rule.access, "Allow")) {
        return false;
    }
    if (!exposure.protocols.some((p) => sameText(rule.protocol, p))) {
        return false;
    }
    const ranges = [rule.destinationPortRange, ...listOf(rule.destinationPortRanges)]
        .map(parseRange).filter((r): r is PortRange => r !== undefined);
    if (!exposure.reaches(ranges)) {
        return false;
    }
    return isInternet(rule.sourceAddressPrefix) || listOf(rule.sourceAddressPrefixes).some(isInternet);
}

/** The two messages of an open-rule policy: an NSG's inline rule (by index), and a standalone SecurityRule. */
export function openRuleMessages<const S extends string, const F extends string>(exposes: S, fix: F) {
    return {
        inlineRuleOpen: `securityRules[{{index}}] allows ${exposes} inbound from the Internet: ${fix}`,
        ruleOpen: `The rule allows ${exposes} inbound from the Internet: ${fix}`,
    } as const;
}

type OpenRuleMessages = ReturnType<typeof openRuleMessages<string, string>>;

/**
 * The check of an open-rule policy: each rule of a NetworkSecurityGroup (reported by index) and each standalone
 * SecurityRule that lets Internet traffic reach the exposure.
 */
export function openRuleCheck(exposure: Exposure) {
    return {
        networkSecurityGroup: (nsg: PropsOf<"networkSecurityGroup">, ctx: CheckContext<OpenRuleMessages>) =>
            ctx.each(nsg.securityRules, (rule, index) => {
                if (opensToInternet(rule, exposure)) {
                    ctx.report("inlineRuleOpen", { index });
                }
            }),
        securityRule: (rule: PropsOf<"securityRule">, ctx: CheckContext<OpenRuleMessages>) => {
            if (opensToInternet(rule, exposure)) {
                ctx.report("ruleOpen");
            }
        },
    };
}
