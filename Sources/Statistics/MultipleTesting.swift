/// Corrections of p-values for testing many hypotheses at once.
public enum MultipleTesting {
    /// Benjamini–Hochberg q-values (false discovery rate), in the order of `p`:
    /// q(i) = min over ranks j ≥ rank(i) of p(j)·m/j, capped at 1. Domain: every p in [0, 1];
    /// an empty list gives an empty list.
    public static func benjaminiHochberg(_ p: [Double]) throws -> [Double] {
        try validate(p)
        let m = Double(p.count)
        let order = p.indices.sorted { p[$0] != p[$1] ? p[$0] < p[$1] : $0 < $1 }
        var q = [Double](repeating: 1, count: p.count)
        var running = 1.0
        for rank in stride(from: order.count, through: 1, by: -1) {
            let i = order[rank - 1]
            running = min(running, p[i] * m / Double(rank))
            q[i] = min(1, running)
        }
        return q
    }

    /// Holm's step-down adjusted p-values, in the order of `p`: adj(i) = max over ranks j ≤ rank(i)
    /// of (m − j + 1)·p(j), capped at 1. Same domain.
    public static func holm(_ p: [Double]) throws -> [Double] {
        try validate(p)
        let m = p.count
        let order = p.indices.sorted { p[$0] != p[$1] ? p[$0] < p[$1] : $0 < $1 }
        var adjusted = [Double](repeating: 1, count: m)
        var running = 0.0
        for (rank, i) in order.enumerated() {
            running = max(running, Double(m - rank) * p[i])
            adjusted[i] = min(1, running)
        }
        return adjusted
    }

    private static func validate(_ p: [Double]) throws {
        try Distributions.check(p.allSatisfy { $0 >= 0 && $0 <= 1 }, "p-values must lie in [0, 1]")
    }
}
