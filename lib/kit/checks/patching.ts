/**
 * Guest OS settings of a virtual machine or of a scale set's VM model, shared by the operating-system and
 * identity policies: where the settings live on each type, and what an unset patch mode means.
 *
 * Defaults (Compute API 2024-11-01, "Automatic VM guest patching" on Microsoft Learn): an unset Linux patchMode is
 * ImageDefault (the image's own update settings); an unset Windows patchMode is AutomaticByOS, which needs
 * enableAutomaticUpdates (default true) and so is Manual when enableAutomaticUpdates is false. Only
 * AutomaticByPlatform gives Azure-orchestrated, health-monitored patching with periodic assessment.
 */
import type { Messages } from "../messages";
import { option } from "../options";
import type { CheckContext, PropsOf } from "../policy";

/** The VM model: a VirtualMachine's own inputs, or a VirtualMachineScaleSet's `virtualMachineProfile`. */
export type VmModel = PropsOf<"virtualMachine"> | NonNullable<PropsOf<"virtualMachineScaleSet">["virtualMachineProfile"]>;

/** Where the VM model sits in the resource's inputs, for messages: "" or "virtualMachineProfile.". */
export type VmModelPrefix = "" | "virtualMachineProfile.";

/**
 * Handlers for a policy about the VM model of both VMs and scale sets: `check: onVmModel((model, prefix, ctx) =>
 * ...)`. A scale set without a VM model (Flexible, with VMs attached) creates no VMs of its own and is skipped.
 */
export function onVmModel<M extends Messages, C>(check: (model: VmModel, prefix: VmModelPrefix, ctx: CheckContext<M, C>) => void) {
    return {
        virtualMachine: (vm: PropsOf<"virtualMachine">, ctx: CheckContext<M, C>) => check(vm, "", ctx),
        virtualMachineScaleSet: (vmss: PropsOf<"virtualMachineScaleSet">, ctx: CheckContext<M, C>) => {
            if (vmss.virtualMachineProfile) {
                check(vmss.virtualMachineProfile, "virtualMachineProfile.", ctx);
            }
        },
    };
}

type OsProfile = VmModel["osProfile"];
type LinuxConfiguration = NonNullable<NonNullable<OsProfile>["linuxConfiguration"]>;
type WindowsConfiguration = NonNullable<NonNullable<OsProfile>["windowsConfiguration"]>;
export type GuestConfiguration = LinuxConfiguration | WindowsConfiguration;

/** The OS-specific configurations present on an OS profile, each with its input name. */
export function guestConfigurations(os: OsProfile | undefined):
    ({ key: "linuxConfiguration"; config: LinuxConfiguration } | { key: "windowsConfiguration"; config: WindowsConfiguration })[] {
    const out: ({ key: "linuxConfiguration"; config: LinuxConfiguration } | { key: "windowsConfiguration"; config: WindowsConfiguration })[] = [];
    if (os?.linuxConfiguration) {
        out.push({ key: "linuxConfiguration", config: os.linuxConfiguration });
    }
    if (os?.windowsConfiguration) {
        out.push({ key: "windowsConfiguration", config: os.windowsConfiguration });
    }
    return out;
}

/** The option shared by the patch-mode policies. */
export const patchModeOptions = {
    allowedModes: option.stringList({
        default: ["AutomaticByPlatform"],
        description: "Accepted values of patchSettings.patchMode. Add ImageDefault (Linux) or AutomaticByOS (Windows) to " +
            "accept updates driven by the OS itself, or Manual for a patching tool of your own.",
    }),
};

const modeNotAllowed = "{{path}}.patchSettings.patchMode is not an allowed patch mode: set it to one of {{config.allowedModes}}.";

/** The messages of a patch-mode policy on Linux; `{{path}}` is the configuration's input path. */
export const linuxPatchModeMessages = {
    modeNotAllowed,
    linuxDefault: "{{path}}.patchSettings.patchMode is unset, so it defaults to ImageDefault (the image's own update settings, without Azure orchestration, health checks or patch assessment): set it to one of {{config.allowedModes}}.",
} as const;

/** The messages of a patch-mode policy on Windows; `{{path}}` is the configuration's input path. */
export const windowsPatchModeMessages = {
    modeNotAllowed,
    windowsManual: "{{path}}.patchSettings.patchMode is unset and enableAutomaticUpdates is false, so the patch mode is Manual and nothing patches the VM: set patchMode to one of {{config.allowedModes}}.",
    windowsDefault: "{{path}}.patchSettings.patchMode is unset, so it defaults to AutomaticByOS (Windows Update on its own schedule, without Azure's availability-first orchestration, health checks or patch assessment): set it to one of {{config.allowedModes}}.",
} as const;

/** A mode that is not a string (which the API would reject) is not an allowed one. */
const isAllowed = (allowed: readonly string[], mode: unknown) =>
    typeof mode === "string" && allowed.some((a) => a.toLowerCase() === mode.toLowerCase());

/** Which message applies to a Linux configuration's patch mode, or undefined when it is allowed. */
export function linuxPatchModeProblem(config: LinuxConfiguration, allowed: readonly string[]):
    keyof typeof linuxPatchModeMessages | undefined {
    const set = config.patchSettings?.patchMode;
    if (set !== undefined && set !== null) {
        return isAllowed(allowed, set) ? undefined : "modeNotAllowed";
    }
    return isAllowed(allowed, "ImageDefault") ? undefined : "linuxDefault";
}

/** Which message applies to a Windows configuration's patch mode, or undefined when it is allowed. */
export function windowsPatchModeProblem(config: WindowsConfiguration, allowed: readonly string[]):
    keyof typeof windowsPatchModeMessages | undefined {
    const set = config.patchSettings?.patchMode;
    if (set !== undefined && set !== null) {
        return isAllowed(allowed, set) ? undefined : "modeNotAllowed";
    }
    if (config.enableAutomaticUpdates === false) {
        return isAllowed(allowed, "Manual") ? undefined : "windowsManual";
    }
    return isAllowed(allowed, "AutomaticByOS") ? undefined : "windowsDefault";
}
