/**
 * End of support of Kubernetes minor versions on AKS, as data (the reading is in ./end-of-support.ts).
 *
 * Source: AKS's own release calendar, https://learn.microsoft.com/azure/aks/supported-kubernetes-versions ("AKS
 * Kubernetes release calendar" and "LTS versions"), read from its source, MicrosoftDocs/azure-aks-docs
 * articles/aks/supported-kubernetes-versions.md, at its revision of 2026-08-21 (the newest available on the day
 * checked). The calendar gives months: "unless an explicit date is provided, the End of Life (EOL) date is the last
 * day of the specified month", so "Mar 2026" is 2026-03-31. Versions the calendar no longer lists carry the dates it
 * gave in its last revision that listed them. Versions older than 1.22 are not listed: the calendar gave their end
 * relative to a later release ("1.24 GA"); the reading treats any version older than the oldest entry as past support.
 *
 * `endOfSupport` is the last day of community support (AKS's "End of life" column); after it a version gets platform
 * support only, with no Kubernetes security patches. `longTermSupportEnd` is the last day for a cluster on the
 * long-term support plan (supportPlan AKSLongTermSupport, Premium tier). Every date is the last supported day.
 */

/** One Kubernetes minor version and the last days it is supported on AKS. */
export interface KubernetesVersionSupport {
    /** The minor version, "1.29". */
    readonly version: string;
    /** ISO date (YYYY-MM-DD): the last day of community support on AKS. */
    readonly endOfSupport: string;
    /** ISO date: the last day of long-term support, for versions AKS offers it for. */
    readonly longTermSupportEnd?: string;
    readonly source: string;
    /** ISO date the entry was checked against its source. */
    readonly checked: string;
    /** Where the date was read, when it is not today's page. */
    readonly note?: string;
}

const CALENDAR = "https://learn.microsoft.com/azure/aks/supported-kubernetes-versions";
const CHECKED = "2026-12-02";
/** A version since removed from the calendar: its date as the page's history last gave it. */
const removed = "since removed from the calendar; the date its last revisions listing it gave (MicrosoftDocs/azure-aks-docs history)";

/** AKS Kubernetes minor versions, oldest first. */
export const kubernetesVersions: readonly KubernetesVersionSupport[] = [
    { version: "1.22", endOfSupport: "2022-12-31", source: CALENDAR, checked: CHECKED, note: removed },
    { version: "1.23", endOfSupport: "2023-04-30", source: CALENDAR, checked: CHECKED, note: removed },
    { version: "1.24", endOfSupport: "2023-07-31", source: CALENDAR, checked: CHECKED, note: removed },
    { version: "1.25", endOfSupport: "2024-01-14", source: CALENDAR, checked: CHECKED, note: removed },
    { version: "1.26", endOfSupport: "2024-03-31", source: CALENDAR, checked: CHECKED, note: removed },
    { version: "1.27", endOfSupport: "2024-07-31", longTermSupportEnd: "2025-07-31", source: CALENDAR, checked: CHECKED,
        note: removed },
    { version: "1.28", endOfSupport: "2025-01-31", longTermSupportEnd: "2026-02-28", source: CALENDAR, checked: CHECKED,
        note: removed },
    { version: "1.29", endOfSupport: "2025-03-31", longTermSupportEnd: "2026-04-30", source: CALENDAR, checked: CHECKED },
    { version: "1.30", endOfSupport: "2025-08-22", longTermSupportEnd: "2026-07-31", source: CALENDAR, checked: CHECKED },
    { version: "1.31", endOfSupport: "2025-11-01", longTermSupportEnd: "2026-11-30", source: CALENDAR, checked: CHECKED },
    { version: "1.32", endOfSupport: "2026-03-31", longTermSupportEnd: "2027-03-31", source: CALENDAR, checked: CHECKED },
    { version: "1.33", endOfSupport: "2026-07-31", longTermSupportEnd: "2027-07-31", source: CALENDAR, checked: CHECKED },
    { version: "1.34", endOfSupport: "2026-11-30", longTermSupportEnd: "2027-11-30", source: CALENDAR, checked: CHECKED },
    { version: "1.35", endOfSupport: "2027-03-31", longTermSupportEnd: "2028-03-31", source: CALENDAR, checked: CHECKED },
    { version: "1.36", endOfSupport: "2027-06-30", longTermSupportEnd: "2028-06-30", source: CALENDAR, checked: CHECKED },
    { version: "1.37", endOfSupport: "2027-10-31", longTermSupportEnd: "2028-10-31", source: CALENDAR, checked: CHECKED },
];
