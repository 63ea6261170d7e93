import * as assert from "assert";
import {
    compareKubernetesMinor, isPastSupport, kubernetesMinor, kubernetesPastSupport, kubernetesSupportEnd, kubernetesVersions,
    vmImagePastSupport, vmImages, vmImageSupport,
} from "../../lib/kit/lifecycle/end-of-support";

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe("kit: lifecycle (end of support as data)", () => {
    it("every entry has ISO dates, a source and the day it was checked", () => {
        for (const e of [...kubernetesVersions, ...vmImages]) {
            const label = "version" in e ? e.version : e.name;
            assert.match(e.endOfSupport, isoDate, label);
            assert.match(e.checked, isoDate, label);
            assert.ok(!Number.isNaN(Date.parse(e.endOfSupport)), label);
            assert.match(e.source, /^https:\/\//, label);
        }
        for (const e of kubernetesVersions) {
            if (e.longTermSupportEnd !== undefined) {
                assert.match(e.longTermSupportEnd, isoDate, e.version);
                assert.ok(e.longTermSupportEnd > e.endOfSupport, `${e.version}: LTS ends after community support`);
            }
        }
    });

    it("lists Kubernetes versions oldest first, once each, ending no earlier than the version before", () => {
        for (let i = 1; i < kubernetesVersions.length; i++) {
            const [prev, cur] = [kubernetesVersions[i - 1], kubernetesVersions[i]];
            assert.ok((compareKubernetesMinor(prev.version, cur.version) ?? 0) < 0, `${prev.version} before ${cur.version}`);
            assert.ok(prev.endOfSupport <= cur.endOfSupport, `${cur.version} ends no earlier than ${prev.version}`);
        }
    });

    it("judges the day after the last supported day as past, not the day itself", () => {
        assert.strictEqual(isPastSupport("2025-05-31", day("2025-05-31")), false);
        assert.strictEqual(isPastSupport("2025-05-31", day("2025-06-01")), true);
        assert.strictEqual(isPastSupport("2025-05-31", new Date("2025-05-31T23:59:59Z")), false);
    });

    it("reads Kubernetes versions in the forms AKS accepts", () => {
        assert.deepStrictEqual(kubernetesMinor("1.29"), { major: 1, minor: 29 });
        assert.deepStrictEqual(kubernetesMinor("1.29.4"), { major: 1, minor: 29 });
        assert.strictEqual(kubernetesMinor("latest"), undefined);
        assert.strictEqual(kubernetesMinor(129), undefined);
        assert.strictEqual(compareKubernetesMinor("1.9", "1.29"), -20);
        assert.strictEqual(compareKubernetesMinor("1.30.2", "1.30"), 0);
    });

    it("gives a Kubernetes version's end on community support and on the LTS plan", () => {
        assert.strictEqual(kubernetesSupportEnd("1.29.4")?.lastDay, "2025-03-31");
        assert.strictEqual(kubernetesSupportEnd("1.29", true)?.lastDay, "2026-04-30");
        // No LTS for 1.26: the community end either way.
        assert.strictEqual(kubernetesSupportEnd("1.26", true)?.lastDay, "2024-03-31");
        assert.strictEqual(kubernetesPastSupport("1.29", false, day("2025-03-31")), false);
        assert.strictEqual(kubernetesPastSupport("1.29", false, day("2025-04-01")), true);
        assert.strictEqual(kubernetesPastSupport("1.29", true, day("2025-04-01")), false);
        assert.strictEqual(kubernetesPastSupport("1.29", true, day("2026-05-01")), true);
    });

    it("takes a version older than the data as past once the oldest entry is, and knows nothing of newer ones", () => {
        const older = kubernetesSupportEnd("1.18.14");
        assert.strictEqual(older?.olderThanData, true);
        assert.strictEqual(older?.lastDay, kubernetesVersions[0].endOfSupport);
        assert.strictEqual(kubernetesPastSupport("1.18", false, day("2030-01-01")), true);
        assert.strictEqual(kubernetesSupportEnd("1.99"), undefined);
        assert.strictEqual(kubernetesPastSupport("1.99", false, day("2099-01-01")), false);
        assert.strictEqual(kubernetesPastSupport("not-a-version", false, day("2099-01-01")), false);
    });

    it("finds Marketplace images by publisher, offer and SKU, case-insensitively", () => {
        assert.strictEqual(vmImageSupport({ publisher: "canonical", offer: "UbuntuServer", sku: "18.04-LTS" })?.name,
            "Ubuntu Server 18.04 LTS");
        assert.strictEqual(vmImageSupport({ publisher: "Canonical", offer: "0001-com-ubuntu-server-focal", sku: "20_04-lts-gen2" })?.name,
            "Ubuntu Server 20.04 LTS");
        assert.strictEqual(vmImageSupport({ publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2012-Datacenter" })?.name,
            "Windows Server 2012");
        assert.strictEqual(vmImageSupport({ publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2012-R2-Datacenter" })?.name,
            "Windows Server 2012 R2");
        assert.strictEqual(vmImageSupport({ publisher: "Debian", offer: "debian-11", sku: "11-gen2" })?.name, "Debian 11");
        assert.strictEqual(vmImageSupport({ publisher: "RedHat", offer: "RHEL", sku: "79-gen2" })?.name, "Red Hat Enterprise Linux 7");
        // Not in the data: Ubuntu Pro offers, newer releases, incomplete names.
        assert.strictEqual(vmImageSupport({ publisher: "Canonical", offer: "0001-com-ubuntu-pro-focal", sku: "pro-20_04-lts" }), undefined);
        assert.strictEqual(vmImageSupport({ publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server" }), undefined);
        assert.strictEqual(vmImageSupport({ publisher: "RedHat", offer: "RHEL", sku: "9-lvm-gen2" }), undefined);
        assert.strictEqual(vmImageSupport({ publisher: "Canonical", offer: "UbuntuServer" }), undefined);
    });

    it("judges an image on the day it is given", () => {
        const focal = { publisher: "Canonical", offer: "0001-com-ubuntu-server-focal", sku: "20_04-lts" };
        assert.strictEqual(vmImagePastSupport(focal, day("2025-05-31")), false);
        assert.strictEqual(vmImagePastSupport(focal, day("2025-06-01")), true);
        const ws2012 = { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2012-R2-Datacenter-smalldisk" };
        assert.strictEqual(vmImagePastSupport(ws2012, day("2026-10-13")), false);
        assert.strictEqual(vmImagePastSupport(ws2012, day("2026-10-14")), true);
        assert.strictEqual(vmImagePastSupport({ publisher: "Contoso", offer: "x", sku: "y" }, day("2099-01-01")), false);
    });
});
