/**
 * The benchmark's `pulumi preview` part (scripts/bench.ts runs it with ts-node, as the e2e tests run): a generated
 * TypeScript program of N azure-native resources, previewed through the real CLI and the e2e stand-ins (no Azure,
 * no network) three ways: without a policy pack, with an empty pack, and with this pack. Prints one JSON line:
 * `{ resources, withoutPackMs, emptyPackMs, withPackMs }`, the median wall time of each over the runs, after one
 * preview that is not counted.
 *
 *   node -r ts-node/register/transpile-only e2e/bench-preview.ts <empty-pack-dir> [resources=200] [runs=3]
 */
import * as fs from "fs";
import * as path from "path";
import { pack, Sandbox } from "./cli";

/** A program of `n` resources: a resource group, then storage accounts, NSGs, virtual networks and web apps in turn. */
function program(n: number): string {
    return `import * as network from "@pulumi/azure-native/network";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import * as web from "@pulumi/azure-native/web";

const rg = new resources.ResourceGroup("rg", { location: "westeurope" });
const location = rg.location;
for (let i = 0; i < ${n - 1}; i++) {
    switch (i % 4) {
        case 0:
            new storage.StorageAccount(\`sa\${i}\`, {
                resourceGroupName: rg.name, location, kind: "StorageV2", sku: { name: "Standard_ZRS" },
                minimumTlsVersion: "TLS1_2", allowBlobPublicAccess: false, enableHttpsTrafficOnly: true,
            });
            break;
        case 1:
            new network.NetworkSecurityGroup(\`nsg\${i}\`, {
                resourceGroupName: rg.name, location,
                securityRules: [{ name: "https", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
                    sourceAddressPrefix: "10.0.0.0/16", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "443" }],
            });
            break;
        case 2:
            new network.VirtualNetwork(\`vnet\${i}\`, {
                resourceGroupName: rg.name, location, addressSpace: { addressPrefixes: ["10.0.0.0/16"] },
            });
            break;
        default:
            new web.WebApp(\`app\${i}\`, {
                resourceGroupName: rg.name, location, httpsOnly: true,
                siteConfig: { minTlsVersion: "1.2", ftpsState: "Disabled", http20Enabled: true },
            });
    }
}
`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
    const [emptyPack, resourcesArg = "200", runsArg = "3"] = process.argv.slice(2);
    const n = Number(resourcesArg);
    const runs = Number(runsArg);
    if (!emptyPack || !fs.existsSync(path.join(emptyPack, "PulumiPolicy.yaml")) || !(n >= 2) || !(runs >= 1)) {
        throw new Error("usage: bench-preview.ts <empty-pack-dir> [resources >= 2] [runs >= 1]");
    }
    const sb = new Sandbox("bench-preview");
    try {
        await sb.expect(0, ["login", `file://${sb.backend}`]);
        const source = path.join(sb.root, "source");
        fs.mkdirSync(source);
        fs.writeFileSync(path.join(source, "index.ts"), program(n));
        fs.writeFileSync(path.join(source, "Pulumi.yaml"), "name: bench\nruntime: nodejs\n");
        const dir = sb.program("bench", source);
        await sb.expect(0, ["stack", "init", "bench", "--secrets-provider", "passphrase"], { cwd: dir });
        const ways: [keyof Timings, string[]][] = [
            ["withoutPackMs", []], ["emptyPackMs", ["--policy-pack", emptyPack]], ["withPackMs", ["--policy-pack", pack]],
        ];
        const samples: Record<keyof Timings, number[]> = { withoutPackMs: [], emptyPackMs: [], withPackMs: [] };
        // One preview first, not counted: the program's first compilation and the plugins' first start.
        await sb.pulumi(["preview"], { cwd: dir });
        for (let i = 0; i < runs; i++) {
            for (const [key, extra] of ways) {
                const t0 = process.hrtime.bigint();
                const r = await sb.pulumi(["preview", ...extra], { cwd: dir, timeoutMs: 600_000 });
                const ms = Number(process.hrtime.bigint() - t0) / 1e6;
                // Only this pack may fail a preview (on a mandatory violation, after the whole preview ran); any other
                // failure is a broken measurement, not a slow one.
                if (r.code !== 0 && !(key === "withPackMs" && /mandatory policy violation|preview failed/i.test(r.output))) {
                    throw new Error(`pulumi preview ${extra.join(" ")} exited ${r.code}:\n${r.output.slice(-3000)}`);
                }
                samples[key].push(ms);
            }
        }
        const out: Timings & { resources: number } = {
            resources: n,
            withoutPackMs: Math.round(median(samples.withoutPackMs)),
            emptyPackMs: Math.round(median(samples.emptyPackMs)),
            withPackMs: Math.round(median(samples.withPackMs)),
        };
        process.stdout.write(`${JSON.stringify(out)}\n`);
    } finally {
        sb.remove();
    }
}

interface Timings {
    withoutPackMs: number;
    emptyPackMs: number;
    withPackMs: number;
}

main().catch((e) => {
    process.stderr.write(`bench-preview: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
});
