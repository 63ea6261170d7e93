/**
 * The pack-wide severity threshold and exemptions (lib/kit/settings.ts), applied where @pulumi/policy decodes the Configure
 * request: every policy whose level is still the advertised default takes the level its severity earns under
 * the configured threshold. Installed explicitly by the entry point, never as a side effect of an import.
 */
import { enforcementLevelByNumber } from "../core/wire";
import { LevelInput, readSettings, resolveLevels, settingsPolicyName } from "../kit/settings";
import { installDecodeGuard } from "./decode-guard";
import { setPackExemptions } from "./pack-exemptions";

interface ProtoPolicyConfig {
    getEnforcementlevel(): number;
    setEnforcementlevel(v: number): void;
    getProperties(): { toJavaScript(): Record<string, unknown> } | undefined;
}
interface ProtoConfigureRequest {
    getPolicyconfigMap(): { entries(): Iterable<[string, ProtoPolicyConfig]>; get(k: string): ProtoPolicyConfig | undefined };
}

/**
 * Applies the threshold to a decoded Configure request, in place, and keeps the exemptions of pack-settings for the
 * dispatcher (lib/engine/pack-exemptions.ts). Bad settings throw, which fails Configure with that one message.
 */
export function rewriteConfigureRequest(req: ProtoConfigureRequest, policies: ReadonlyMap<string, LevelInput>): void {
    const map = req.getPolicyconfigMap();
    const settings = readSettings(map.get(settingsPolicyName)?.getProperties()?.toJavaScript(), policies);
    setPackExemptions(settings);
    const entries = Array.from(map.entries());
    const configured = new Map(entries.map(([k, v]) => [k, enforcementLevelByNumber[v.getEnforcementlevel()]] as const));
    const resolved = resolveLevels(policies, configured, settings);
    for (const [name, pc] of entries) {
        pc.setEnforcementlevel(enforcementLevelByNumber.indexOf(resolved.get(name)!));
    }
}

/**
 * Hooks the threshold into the Configure call: the entry point (index.ts) calls this before it constructs the
 * PolicyPack, because the gRPC server takes the request decoder when the service is registered. The decode guard
 * (lib/engine/decode-guard.ts) hooks the Analyze, AnalyzeStack and Remediate decoders under the same constraint,
 * so it is installed from here too: the entry point's one call before the PolicyPack installs both.
 */
export function installConfigureHook(policies: ReadonlyMap<string, LevelInput>): void {
    installDecodeGuard();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { AnalyzerService } = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
    const method = AnalyzerService.configure;
    // Installing twice replaces the hook rather than stacking a second one on the first.
    const decode = method.requestDeserialize[originalDecoder] ?? method.requestDeserialize;
    const hooked = (buf: Buffer) => {
        const req = decode(buf);
        try {
            rewriteConfigureRequest(req, policies);
        } catch (e) {
            // Thrown here, the error would reach the engine as gRPC's "Error deserializing request", without its
            // message. Configure's handler reads the config map first and sends what it throws as the error's
            // details (its stack, so the stack is the message alone): the CLI and the scan print the message.
            const error = e instanceof Error ? e : new Error(String(e));
            error.stack = `${error.name}: ${error.message}`;
            req.getPolicyconfigMap = () => {
                throw error;
            };
        }
        return req;
    };
    hooked[originalDecoder] = decode;
    method.requestDeserialize = hooked;
}

const originalDecoder = Symbol("original Configure decoder");
