/** "Did you mean" for names a user typed: the closest known name, when it is close enough to be a typo. */

/** Edit distance (insertions, deletions, substitutions, and swaps of neighbours). */
export function editDistance(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) {
        d[0][j] = j;
    }
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}

/** The known name closest to `name`, if within a third of its length (at least 2 edits); else undefined. */
export function closest(name: string, known: readonly string[]): string | undefined {
    let best: { name: string; distance: number } | undefined;
    for (const k of known) {
        const distance = editDistance(name.toLowerCase(), k.toLowerCase());
        if (!best || distance < best.distance) {
            best = { name: k, distance };
        }
    }
    return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.name : undefined;
}

/** `; did you mean "x"?` or nothing. */
export function didYouMean(name: string, known: readonly string[]): string {
    const match = closest(name, known);
    return match ? `; did you mean "${match}"?` : "";
}
