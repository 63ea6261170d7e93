/**
 * Guest OS settings of a virtual machine or of a scale set's VM model, shared by the operating-system policies:
 * where the settings live on each type, and what an unset patch mode means.
 *
 * Defaults (Compute API 2024-11-01, "Automatic VM guest patching" on Microsoft Learn): an unset Linux patchMode is
 * ImageDefault (the image's own update settings); an unset Windows patchMode is AutomaticByOS, which needs
 * enableAutomaticUpdates (default true) and so is Manual when enableAutomaticUpdates is false. Only
 * AutomaticByPlatform gives Azure-orchestrated, health-monitored patching with periodic assessment.
 */
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { catalog, ResourceType } from "../model";
import { sameText } from "../values";

export interface PatchSettings {
    patchMode?: string;
    assessmentMode?: string;
}
export interface GuestConfiguration {
    patchSettings?: PatchSettings;
    provisionVMAgent?: boolean;
    enableAutomaticUpdates?: boolean;
}
export interface OsProfile {
    linuxConfiguration?: GuestConfiguration;
    windowsConfiguration?: GuestConfiguration;
}
export interface VmModel {
    osProfile?: OsProfile;
    securityProfile?: { securityType?: string; uefiSettings?: { secureBootEnabled?: boolean; vTpmEnabled?: boolean } };
}

/**
 * The VM model of a VirtualMachine (its own inputs) or of a VirtualMachineScaleSet (`virtualMachineProfile`),
 * with the input path prefix for messages. Undefined for a scale set without a VM model (Flexible, VMs attached).
 */
export function vmModel(props: object, type: ResourceType): { model: VmModel; prefix: string } | undefined {
    if (type === catalog.virtualMachineScaleSet) {
        const model = (props as { virtualMachineProfile?: VmModel }).virtualMachineProfile;
        return model ? { model, prefix: "virtualMachineProfile." } : undefined;
    }
    return { model: props as VmModel, prefix: "" };
}

/** The OS-specific configurations present on an OS profile, each with its input name. */
export function guestConfigurations(os: OsProfile | undefined): { key: "linuxConfiguration" | "windowsConfiguration"; config: GuestConfiguration }[] {
    const out: { key: "linuxConfiguration" | "windowsConfiguration"; config: GuestConfiguration }[] = [];
    if (os?.linuxConfiguration) {
        out.push({ key: "linuxConfiguration", config: os.linuxConfiguration });
    }
    if (os?.windowsConfiguration) {
        out.push({ key: "windowsConfiguration", config: os.windowsConfiguration });
    }
    return out;
}

/** The config option shared by the patch-mode policies. */
export interface PatchModeConfig {
    allowedModes: string[];
}
export const allowedModesOption: Record<string, PolicyConfigJSONSchema> = {
    allowedModes: {
        type: "array", items: { type: "string" }, default: ["AutomaticByPlatform"],
        description: "Accepted values of patchSettings.patchMode. Add ImageDefault (Linux) or AutomaticByOS (Windows) to " +
            "accept updates driven by the OS itself, or Manual for a patching tool of your own.",
    },
};

const allowedText = (allowed: string[]) => allowed.length > 0 ? allowed.join(" or ") : "an allowed mode";

/**
 * Why a Linux or Windows configuration's patch mode is not allowed, or undefined when it is. `where` is the input
 * path of the configuration, e.g. `osProfile.linuxConfiguration`.
 */
export function patchModeProblem(config: GuestConfiguration, os: "linux" | "windows", allowed: string[],
    where: string): string | undefined {
    const set = config.patchSettings?.patchMode;
    const isAllowed = (mode: string) => allowed.some((a) => sameText(mode, a));
    const fix = `set ${where}.patchSettings.patchMode to ${allowedText(allowed)}.`;
    if (set !== undefined && set !== null) {
        return isAllowed(set) ? undefined : `${where}.patchSettings.patchMode is not an allowed patch mode: ${fix}`;
    }
    if (os === "linux") {
        return isAllowed("ImageDefault") ? undefined : `${where}.patchSettings.patchMode is unset, so it defaults to ` +
            "ImageDefault (the image's own update settings, without Azure orchestration, health checks or patch " +
            `assessment): ${fix}`;
    }
    if (config.enableAutomaticUpdates === false) {
        return isAllowed("Manual") ? undefined : `${where}.patchSettings.patchMode is unset and enableAutomaticUpdates ` +
            `is false, so the patch mode is Manual and nothing patches the VM: ${fix}`;
    }
    return isAllowed("AutomaticByOS") ? undefined : `${where}.patchSettings.patchMode is unset, so it defaults to ` +
        "AutomaticByOS (Windows Update on its own schedule, without Azure's availability-first orchestration, " +
        `health checks or patch assessment): ${fix}`;
}
