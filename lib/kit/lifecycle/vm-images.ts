/**
 * End of support of the operating systems of common Azure Marketplace images, as data (the reading is in
 * ./end-of-support.ts). An image is named as a VM's storageProfile.imageReference names it: publisher, offer and SKU
 * (case-insensitive, as Azure compares them).
 *
 * `endOfSupport` is the last day the image's operating system gets security updates without a separately bought
 * plan: Canonical's end of standard support (Ubuntu Pro images are other offers and are not listed), the end of the
 * Extended Security Updates Azure gives Windows Server VMs at no cost where Microsoft offers them, Debian's LTS end,
 * Red Hat's end of Maintenance Support. Every date is the last supported day.
 *
 * Not listed, so never flagged: Ubuntu 22.04 and 24.04 (not past support on the day checked, and sources disagree
 * on the month their standard support ends: Canonical's table gave April 2027 for 22.04, others June), and any image
 * not named here. An entry's offers and SKU pattern are the Marketplace names these publishers use; an image they do
 * not match is not judged.
 */

/** One operating system release and the Marketplace images that carry it. */
export interface VmImageSupport {
    /** What the entry is, for messages and docs: "Ubuntu Server 18.04 LTS". */
    readonly name: string;
    readonly publisher: string;
    /** The offers of `publisher` that carry the release. */
    readonly offers: readonly string[];
    /** The SKUs of those offers that carry it (tested case-insensitively); every SKU when absent. */
    readonly sku?: RegExp;
    /** ISO date (YYYY-MM-DD): the last day of support. */
    readonly endOfSupport: string;
    readonly source: string;
    /** ISO date the entry was checked against its source. */
    readonly checked: string;
    readonly note?: string;
}

const CHECKED = "2026-12-02";
const UBUNTU = "https://ubuntu.com/about/release-cycle";
const CENTOS = "https://www.redhat.com/en/topics/linux/centos-linux-eol";
const DEBIAN = "https://wiki.debian.org/LTS";
const RHEL = "https://access.redhat.com/support/policy/updates/errata";
const windows = (product: string) => `https://learn.microsoft.com/lifecycle/products/${product}`;
const AZURE_ESU = "Extended Security Updates, free on Azure VMs; the product's extended support ended earlier";

/** Marketplace images past, or with a known end of, support. */
export const vmImages: readonly VmImageSupport[] = [
    // Ubuntu: the "UbuntuServer" offer (up to 18.04) and the per-release offers after it; Pro images are other offers.
    { name: "Ubuntu Server 16.04 LTS", publisher: "Canonical", offers: ["UbuntuServer"], sku: /^16\.04/i,
        endOfSupport: "2021-04-30", source: UBUNTU, checked: CHECKED,
        note: "the release cycle gives April 2021; its last day is taken" },
    { name: "Ubuntu Server 18.04 LTS", publisher: "Canonical", offers: ["UbuntuServer"], sku: /^18[._]04/i,
        endOfSupport: "2023-05-31", source: "https://github.com/Azure/AKS/releases/tag/2023-05-28", checked: CHECKED,
        note: "standard support ended after May 31, 2023 (AKS release notes); Canonical's table gives May 2023" },
    { name: "Ubuntu Server 20.04 LTS", publisher: "Canonical", offers: ["0001-com-ubuntu-server-focal", "UbuntuServer"],
        sku: /^20[._]04/i, endOfSupport: "2025-05-31", source: UBUNTU, checked: CHECKED,
        note: "standard support ended on May 31, 2025" },
    // Windows Server: publisher MicrosoftWindowsServer, offer WindowsServer, SKUs named after the release.
    { name: "Windows Server 2008 R2", publisher: "MicrosoftWindowsServer", offers: ["WindowsServer"], sku: /^2008-r2/i,
        endOfSupport: "2024-01-09", source: windows("windows-server-2008-r2"), checked: CHECKED,
        note: `${AZURE_ESU} (2020-01-14); the fourth ESU year was Azure-only` },
    { name: "Windows Server 2012", publisher: "MicrosoftWindowsServer", offers: ["WindowsServer"], sku: /^2012-(?!r2)/i,
        endOfSupport: "2026-10-13", source: windows("windows-server-2012"), checked: CHECKED,
        note: `${AZURE_ESU} (2023-10-10)` },
    { name: "Windows Server 2012 R2", publisher: "MicrosoftWindowsServer", offers: ["WindowsServer"], sku: /^2012-r2/i,
        endOfSupport: "2026-10-13", source: windows("windows-server-2012-r2"), checked: CHECKED,
        note: `${AZURE_ESU} (2023-10-10)` },
    { name: "Windows Server 2016", publisher: "MicrosoftWindowsServer", offers: ["WindowsServer"], sku: /^2016-/i,
        endOfSupport: "2027-01-12", source: windows("windows-server-2016"), checked: CHECKED,
        note: "end of extended support" },
    { name: "Windows Server 2019", publisher: "MicrosoftWindowsServer", offers: ["WindowsServer"], sku: /^2019-/i,
        endOfSupport: "2029-01-09", source: windows("windows-server-2019"), checked: CHECKED,
        note: "end of extended support" },
    { name: "Windows Server 2022", publisher: "MicrosoftWindowsServer", offers: ["WindowsServer"], sku: /^2022-/i,
        endOfSupport: "2031-10-14", source: windows("windows-server-2022"), checked: CHECKED,
        note: "end of extended support" },
    // CentOS (OpenLogic's images): SKUs "7.5", "7_9", "7_9-gen2", "8_5".
    { name: "CentOS 7", publisher: "OpenLogic", offers: ["CentOS", "CentOS-LVM"], sku: /^7/i,
        endOfSupport: "2024-06-30", source: CENTOS, checked: CHECKED },
    { name: "CentOS 8", publisher: "OpenLogic", offers: ["CentOS", "CentOS-LVM"], sku: /^8/i,
        endOfSupport: "2021-12-31", source: CENTOS, checked: CHECKED },
    // Debian: 9 was published by credativ; later releases by Debian, one offer per release.
    { name: "Debian 9", publisher: "credativ", offers: ["Debian"], sku: /^9/i,
        endOfSupport: "2022-06-30", source: DEBIAN, checked: CHECKED, note: "end of Debian LTS" },
    { name: "Debian 10", publisher: "Debian", offers: ["debian-10"],
        endOfSupport: "2024-06-30", source: DEBIAN, checked: CHECKED, note: "end of Debian LTS" },
    { name: "Debian 11", publisher: "Debian", offers: ["debian-11"],
        endOfSupport: "2026-08-31", source: DEBIAN, checked: CHECKED, note: "end of Debian LTS" },
    { name: "Debian 12", publisher: "Debian", offers: ["debian-12"],
        endOfSupport: "2028-06-30", source: DEBIAN, checked: CHECKED, note: "end of Debian LTS" },
    // Red Hat Enterprise Linux 7 (RedHat's RHEL offer; SKUs "7-LVM", "7.9", "7_9", "79-gen2").
    { name: "Red Hat Enterprise Linux 7", publisher: "RedHat", offers: ["RHEL"], sku: /^7/i,
        endOfSupport: "2024-06-30", source: RHEL, checked: CHECKED,
        note: "end of Maintenance Support; Extended Life Cycle Support is a separately bought add-on" },
];
