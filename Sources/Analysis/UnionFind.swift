/// Disjoint sets of the indices `0..<count`: union-find with path halving, the one used by
/// every analysis that groups things (entity names into entities, figures into quantities).
/// Which root a union keeps is the caller's choice (`attach(_:under:)`), so that its rule
/// ("the canonical name wins", "the larger group absorbs the smaller") decides it.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    /// The root of `x`'s set.
    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Puts the set whose root is `child` into the set whose root is `head` (both roots).
    mutating func attach(_ child: Int, under head: Int) {
        precondition(parent[child] == child && parent[head] == head, "attach joins roots")
        parent[child] = head
    }
}
