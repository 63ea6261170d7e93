/**
 * Reading the end-of-support data (./kubernetes-versions.ts, ./vm-images.ts): which entry an input names, and whether
 * a date is past. Kept apart from the data, so that updating a date touches a data file only.
 *
 * Every judgement takes the day it judges on as a parameter (`on`), so tests pin it; policies leave it out and get
 * today. Dates in the data are last supported days: a release is past support from the day after.
 */
import { KubernetesVersionSupport, kubernetesVersions } from "./kubernetes-versions";
import { VmImageSupport, vmImages } from "./vm-images";

export type { KubernetesVersionSupport } from "./kubernetes-versions";
export type { VmImageSupport } from "./vm-images";
export { kubernetesVersions } from "./kubernetes-versions";
export { vmImages } from "./vm-images";

/** The UTC calendar day of `on`, as YYYY-MM-DD. */
function isoDay(on: Date): string {
    return on.toISOString().slice(0, 10);
}

/** Is `lastDay` (YYYY-MM-DD, the last supported day) before the day of `on`? */
export function isPastSupport(lastDay: string, on: Date = new Date()): boolean {
    return isoDay(on) > lastDay;
}

/** A Kubernetes version as AKS accepts it: "1.29" or "1.29.4". Undefined for anything else. */
export function kubernetesMinor(version: unknown): { major: number; minor: number } | undefined {
    const m = typeof version === "string" ? /^\s*(\d+)\.(\d+)(?:\.\d+)?\s*$/.exec(version) : null;
    return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}

/** Orders two versions by minor: negative when `a` is older. Undefined when either is not a version. */
export function compareKubernetesMinor(a: unknown, b: unknown): number | undefined {
    const x = kubernetesMinor(a);
    const y = kubernetesMinor(b);
    return x && y ? (x.major - y.major) || (x.minor - y.minor) : undefined;
}

/** When a Kubernetes version's support ends on AKS, and from which entry the date comes. */
export interface KubernetesSupportEnd {
    /** The last supported day, on the plan asked about. */
    readonly lastDay: string;
    readonly entry: KubernetesVersionSupport;
    /** The version is older than every entry: the date is the oldest entry's, an upper bound. */
    readonly olderThanData: boolean;
}

/**
 * The end of support of `version` ("1.29", "1.29.4") on AKS: on community support, or with `longTermSupport` on the
 * LTS plan (for a version without LTS, its community end). A version older than every entry gets the oldest entry's
 * date (AKS never supports an older minor longer than a newer one). Undefined for a version newer than the data, or
 * not a version at all: nothing known, nothing to judge.
 */
export function kubernetesSupportEnd(version: unknown, longTermSupport = false): KubernetesSupportEnd | undefined {
    const v = kubernetesMinor(version);
    if (!v) {
        return undefined;
    }
    const lastDayOf = (e: KubernetesVersionSupport) => (longTermSupport && e.longTermSupportEnd) || e.endOfSupport;
    const exact = kubernetesVersions.find((e) => compareKubernetesMinor(e.version, version) === 0);
    if (exact) {
        return { lastDay: lastDayOf(exact), entry: exact, olderThanData: false };
    }
    const oldest = kubernetesVersions[0];
    if (oldest && (compareKubernetesMinor(version, oldest.version) ?? 0) < 0) {
        // The oldest entry's community end: an older version had no LTS, and ended no later.
        return { lastDay: oldest.endOfSupport, entry: oldest, olderThanData: true };
    }
    return undefined;
}

/** Is `version` past its end of support on AKS on the day of `on`? False when nothing is known of it. */
export function kubernetesPastSupport(version: unknown, longTermSupport = false, on: Date = new Date()): boolean {
    const end = kubernetesSupportEnd(version, longTermSupport);
    return end !== undefined && isPastSupport(end.lastDay, on);
}

/** A Marketplace image as an imageReference names it. */
export interface ImageName {
    readonly publisher?: unknown;
    readonly offer?: unknown;
    readonly sku?: unknown;
}

const same = (a: unknown, b: string) => typeof a === "string" && a.trim().toLowerCase() === b.toLowerCase();

/** The entry for a Marketplace image, or undefined when the data does not name it. */
export function vmImageSupport(image: ImageName): VmImageSupport | undefined {
    return vmImages.find((e) => same(image.publisher, e.publisher) && e.offers.some((o) => same(image.offer, o)) &&
        (e.sku === undefined || (typeof image.sku === "string" && e.sku.test(image.sku.trim()))));
}

/** Is the image's operating system past its end of support on the day of `on`? False when the data does not name it. */
export function vmImagePastSupport(image: ImageName, on: Date = new Date()): boolean {
    const entry = vmImageSupport(image);
    return entry !== undefined && isPastSupport(entry.endOfSupport, on);
}
