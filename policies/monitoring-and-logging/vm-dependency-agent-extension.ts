import { anyOf, catalog, namesTarget, pointerIndex, requireInStack, sameText, stackPolicy } from "../../lib/kit";

const publisher = "Microsoft.Azure.Monitoring.DependencyAgent";

type Os = "Linux" | "Windows";

/**
 * A marketplace image family: publisher, offer and sku as Azure Policy compares them (case-insensitive; `*` stands
 * for any run of characters, as in a `like` condition). An absent offer or sku list matches any.
 */
interface Family {
    publisher: string;
    offers?: readonly string[];
    skus?: readonly string[];
}

/**
 * The marketplace images MCSB definitions 04c4380f (Linux) and 2f2ee1de (Windows) apply to, read from their rules
 * in Azure/azure-policy (Monitoring/ASC_Dependency_Agent_Audit_Linux.json and _Windows.json). VMs from other images
 * (custom or gallery images, newer marketplace releases) are outside both definitions, and outside this policy.
 */
const families: Readonly<Record<Os, readonly Family[]>> = {
    Linux: [
        { publisher: "Canonical", offers: ["UbuntuServer"],
            skus: ["14.04.0-LTS", "14.04.1-LTS", "14.04.5-LTS", "16.04-LTS", "16.04.0-LTS", "18.04-LTS"] },
        { publisher: "RedHat", offers: ["RHEL", "RHEL-SAP-HANA"], skus: ["6.*", "7*"] },
        { publisher: "SUSE", offers: ["SLES", "SLES-HPC", "SLES-HPC-Priority", "SLES-SAP", "SLES-SAP-BYOS", "SLES-Priority",
            "SLES-BYOS", "SLES-SAPCAL", "SLES-Standard"], skus: ["12-SP2", "12-SP3", "12-SP4"] },
        { publisher: "OpenLogic", offers: ["CentOS", "Centos-LVM", "CentOS-SRIOV"], skus: ["6.*", "7*"] },
        { publisher: "cloudera", offers: ["cloudera-centos-os"], skus: ["7*"] },
    ],
    Windows: [
        { publisher: "MicrosoftWindowsServer", offers: ["WindowsServer"], skus: ["2008-R2-SP1", "2008-R2-SP1-smalldisk",
            "2012-Datacenter", "2012-Datacenter-smalldisk", "2012-R2-Datacenter", "2012-R2-Datacenter-smalldisk",
            "2016-Datacenter", "2016-Datacenter-Server-Core", "2016-Datacenter-Server-Core-smalldisk",
            "2016-Datacenter-smalldisk", "2016-Datacenter-with-Containers", "2016-Datacenter-with-RDSH", "2019-Datacenter",
            "2019-Datacenter-Core", "2019-Datacenter-Core-smalldisk", "2019-Datacenter-Core-with-Containers",
            "2019-Datacenter-Core-with-Containers-smalldisk", "2019-Datacenter-smalldisk", "2019-Datacenter-with-Containers",
            "2019-Datacenter-with-Containers-smalldisk", "2019-Datacenter-zhcn"] },
        { publisher: "MicrosoftWindowsServer", offers: ["WindowsServerSemiAnnual"], skus: ["Datacenter-Core-1709-smalldisk",
            "Datacenter-Core-1709-with-Containers-smalldisk", "Datacenter-Core-1803-with-Containers-smalldisk"] },
        { publisher: "MicrosoftWindowsServerHPCPack", offers: ["WindowsServerHPCPack"] },
        { publisher: "MicrosoftSQLServer", offers: ["*-WS2016", "*-WS2016-BYOL", "*-WS2012R2", "*-WS2012R2-BYOL"] },
        { publisher: "MicrosoftRServer", offers: ["MLServer-WS2016"] },
        { publisher: "MicrosoftVisualStudio", offers: ["VisualStudio", "Windows"] },
        { publisher: "MicrosoftDynamicsAX", offers: ["Dynamics"], skus: ["Pre-Req-AX7-Onebox-U8"] },
        { publisher: "microsoft-ads", offers: ["windows-data-science-vm"] },
        { publisher: "MicrosoftWindowsDesktop", offers: ["Windows-10"] },
    ],
};

/** A `like` pattern: case-insensitive, `*` for any run of characters, everything else literal. */
function like(value: unknown, pattern: string): boolean {
    if (typeof value !== "string") {
        return false;
    }
    const re = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    return new RegExp(`^${re}$`, "i").test(value);
}

const matchesAny = (value: unknown, patterns: readonly string[] | undefined) =>
    patterns === undefined || patterns.some((p) => like(value, p));

interface ImageReference {
    publisher?: unknown;
    offer?: unknown;
    sku?: unknown;
}

/** The OS whose definition applies to a VM from this image, or undefined when neither does. */
function inScope(image: ImageReference | undefined | null): Os | undefined {
    if (!image) {
        return undefined; // an attached OS disk, or no image given: Azure's imagePublisher is empty
    }
    for (const os of ["Linux", "Windows"] as const) {
        if (families[os].some((f) => sameText(image.publisher, f.publisher) && matchesAny(image.offer, f.offers) &&
            matchesAny(image.sku, f.skus))) {
            return os;
        }
    }
    return undefined;
}

/** Does an extension's `type` name the agent? Outputs may carry the ARM resource type there instead: not a no. */
const agentType = (type: unknown, os: Os) => type === undefined || sameText(type, `DependencyAgent${os}`) ||
    (typeof type === "string" && type.includes("/"));

const isAgent = (ext: { publisher?: unknown; type?: unknown }, os: Os) =>
    sameText(ext.publisher, publisher) && agentType(ext.type, os);

export default stackPolicy({
    name: "vm-dependency-agent-extension",
    description: "Virtual machines from the marketplace images Azure Policy's network traffic data collection " +
        "definitions list have the Dependency Agent extension for their operating system.",
    area: "monitoring-and-logging",
    severity: "low",
    frameworks: {
        mcsb: ["LT-4"],
        // Linux VMs, Windows VMs; both apply to the images listed above only, as this policy does.
        azurePolicy: ["04c4380f-3fae-46e8-96c9-30193528f602", "2f2ee1de-44aa-4762-b6bd-0893fc3f306d"],
    },
    remediation: "Add a compute VirtualMachineExtension with vmName set to the VM's name, publisher " +
        "\"Microsoft.Azure.Monitoring.DependencyAgent\" and type \"DependencyAgentLinux\" (Linux) or " +
        "\"DependencyAgentWindows\" (Windows), with autoUpgradeMinorVersion: true. Azure installs none by itself: VM " +
        "insights' DeployIfNotExists initiatives can, so if they (or another stack) do, leave requireInStack off. The " +
        "policy applies to the VMs the MCSB definitions list by marketplace image (older Ubuntu, RHEL, SLES, CentOS " +
        "and Windows Server releases among them), not to VMs from other images.",
    messages: {
        noLinuxAgent: "No DependencyAgentLinux extension from Microsoft.Azure.Monitoring.DependencyAgent in this stack is installed on this Linux VM, so its network traffic is not collected for VM insights: add one.",
        noWindowsAgent: "No DependencyAgentWindows extension from Microsoft.Azure.Monitoring.DependencyAgent in this stack is installed on this Windows VM, so its network traffic is not collected for VM insights: add one.",
    },
    config: {
        requireInStack: requireInStack("the Dependency Agent extension of each VM the definitions apply to"),
    },
    resources: [catalog.virtualMachine, catalog.virtualMachineExtension],
    check: (ctx) => {
        const vms = ctx.ofType(catalog.virtualMachine);
        const extensions = pointerIndex(ctx.ofType(catalog.virtualMachineExtension), "vmName", { peers: vms });
        ctx.each(vms, (vm) => {
            const os = inScope(vm.props.storageProfile?.imageReference);
            if (os === undefined) {
                return;
            }
            if (!anyOf(extensions(vm, catalog.virtualMachine), (ext) =>
                isAgent(ext.props, os) && namesTarget(ext, "vmName", vm, catalog.virtualMachine, vms))) {
                ctx.missing(vm, os === "Linux" ? "noLinuxAgent" : "noWindowsAgent");
            }
        });
    },
});
